package com.salesbot.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import com.salesbot.core.rules.learning.StreakStep;
import java.time.Clock;
import org.junit.jupiter.api.Test;

class PriceSensitiveCounterTest {
    private final PriceSensitiveCounter counter =
            new PriceSensitiveCounter(Thresholds.defaults(), new InMemoryCounterStore(Clock.systemUTC()));

    @Test
    void fourInARowDoNotFireTheFifthDoesTheSixthDoesNotAgain() {
        for (int i = 1; i <= 4; i++) {
            assertThat(counter.count("rep", true)).isEqualTo(new StreakStep(i, false));
        }
        assertThat(counter.count("rep", true)).isEqualTo(new StreakStep(5, true));
        assertThat(counter.count("rep", true)).isEqualTo(new StreakStep(6, false));
    }

    @Test
    void anotherNeedBreaksTheStreakAndRepsCountApart() {
        for (int i = 0; i < 4; i++) {
            counter.count("rep", true);
            counter.count("other", true);
        }
        assertThat(counter.count("rep", false)).isEqualTo(StreakStep.NONE);
        assertThat(counter.count("rep", true)).isEqualTo(new StreakStep(1, false));
        assertThat(counter.count("other", true).fires()).isTrue();
    }
}
