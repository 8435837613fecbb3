package com.salesbot.core.rules.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepIndexTest {
    @Test
    void findsEveryIdByEqualityNotIdentityAndMissesStrangers() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            ids.add("R" + i);
        }
        RepIndex index = new RepIndex(ids);
        for (int i = 0; i < 5000; i++) {
            assertThat(index.indexOf(new String("R" + i))).isEqualTo(i);
        }
        assertThat(index.indexOf("R5000")).isEqualTo(-1);
        assertThat(index.indexOf("")).isEqualTo(-1);
        assertThat(new RepIndex(List.of()).indexOf("R1")).isEqualTo(-1);
        // colliding hash codes ("Aa" and "BB") both resolve; a duplicate keeps its first position
        RepIndex collide = new RepIndex(List.of("Aa", "BB", "Aa"));
        assertThat(collide.indexOf("Aa")).isZero();
        assertThat(collide.indexOf("BB")).isEqualTo(1);
    }
}
