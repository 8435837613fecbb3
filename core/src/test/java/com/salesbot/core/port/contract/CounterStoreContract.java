package com.salesbot.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.port.CounterStore;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link CounterStore} must show. */
public abstract class CounterStoreContract extends TimedContract {
    protected abstract CounterStore counters();

    @Test
    void startsAtZeroAndAddsEveryDelta() {
        String key = uniqueKey("counter");

        assertThat(counters().get(key)).isZero();
        assertThat(counters().increment(key, 1, Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(counters().increment(key, 5, Duration.ofMinutes(1))).isEqualTo(6);
        assertThat(counters().increment(key, -2, Duration.ofMinutes(1))).isEqualTo(4);
        assertThat(counters().get(key)).isEqualTo(4);
    }

    @Test
    void countersAreIndependentPerKey() {
        String a = uniqueKey("counter");
        String b = uniqueKey("counter");
        counters().increment(a, 3, Duration.ofMinutes(1));

        assertThat(counters().increment(b, 1, Duration.ofMinutes(1))).isEqualTo(1);
        assertThat(counters().get(a)).isEqualTo(3);
    }

    @Test
    void resetStartsTheCounterAgain() {
        String key = uniqueKey("counter");
        counters().increment(key, 7, Duration.ofMinutes(1));

        counters().reset(key);
        counters().reset(uniqueKey("missing"));

        assertThat(counters().get(key)).isZero();
        assertThat(counters().increment(key, 1, Duration.ofMinutes(1))).isEqualTo(1);
    }

    @Test
    void ttlRunsFromCreationAndIsNotExtendedByLaterIncrements() {
        String key = uniqueKey("counter");
        counters().increment(key, 1, shortTtl());

        elapse(shortTtl().minus(tolerance()));
        assertThat(counters().increment(key, 1, shortTtl())).isEqualTo(2);

        elapse(tolerance().multipliedBy(2));
        assertThat(counters().get(key)).isZero();
        assertThat(counters().increment(key, 1, shortTtl())).isEqualTo(1);
    }

    @Test
    void concurrentIncrementsAreNeverLost() throws Exception {
        String key = uniqueKey("counter");
        int threads = 8;
        int perThread = 250;

        runConcurrently(threads, () -> {
            for (int i = 0; i < perThread; i++) {
                counters().increment(key, 1, Duration.ofMinutes(1));
            }
            return null;
        });

        assertThat(counters().get(key)).isEqualTo((long) threads * perThread);
    }

    @Test
    void rejectsATtlThatIsNotPositive() {
        String key = uniqueKey("counter");

        assertThatThrownBy(() -> counters().increment(key, 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(counters().get(key)).isZero();
    }
}
