package com.salesbot.core.rules.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VoiceSamplerTest {
    final Map<String, List<String>> closed = Map.of(
            "r1", List.of("c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8"),
            "r2", List.of("c9", "c10"),
            "r3", List.of());

    @Test
    void drawsTheConfiguredSizeRepeatablyPerQuarter() {
        VoiceSampler sampler = new VoiceSampler(3);

        Map<String, List<String>> first = sampler.draw("2026Q2", 7, closed);

        assertThat(first.get("r1")).hasSize(3).isSubsetOf(closed.get("r1"));
        assertThat(sampler.draw("2026Q2", 7, closed)).isEqualTo(first);
        assertThat(first.get("r2")).containsExactly("c10", "c9");
        assertThat(first).doesNotContainKey("r3");
    }

    @Test
    void differentQuartersDrawDifferently() {
        VoiceSampler sampler = new VoiceSampler(3);
        boolean anyDifferent = false;
        for (int q = 1; q <= 4; q++) {
            anyDifferent |= !sampler.draw("2026Q" + q, 7, closed).get("r1")
                    .equals(sampler.draw("2025Q1", 7, closed).get("r1"));
        }
        assertThat(anyDifferent).isTrue();
    }

    @Test
    void sizeAtTheCustomerCountTakesEveryoneAndOneLessLeavesOneOut() {
        assertThat(new VoiceSampler(2).draw("2026Q2", 1, closed).get("r2")).hasSize(2);
        assertThat(new VoiceSampler(1).draw("2026Q2", 1, closed).get("r2")).hasSize(1);
    }
}
