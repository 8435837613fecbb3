package com.salesbot.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.contract.CounterStoreContract;
import com.salesbot.core.port.contract.Timing;
import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryCounterStoreTest extends CounterStoreContract {
    private final MutableClock clock = MutableClock.startingAt("2026-03-02T01:00:00Z");
    private final InMemoryCounterStore subject = new InMemoryCounterStore(clock);

    @Override
    protected CounterStore counters() {
        return subject;
    }

    @Override
    protected Timing timing() {
        return Timing.movedBy(clock);
    }

    @Test
    void expiredCountersThatAreNeverReadAgainAreSweptAway() {
        int batch = InMemoryCounterStore.SWEEP_EVERY;
        for (int i = 0; i < batch; i++) {
            subject.increment("old:" + i, 1, Duration.ofSeconds(1));
        }
        clock.advance(Duration.ofSeconds(2));
        for (int i = 0; i < batch - 1; i++) {
            subject.increment("fresh:" + i, 1, Duration.ofHours(1));
        }
        assertThat(subject.size()).isEqualTo(2 * batch - 1);

        subject.increment("fresh:last", 1, Duration.ofHours(1));

        assertThat(subject.size()).isEqualTo(batch);
    }
}
