package com.salesbot.core.port.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.port.RateLimiter;
import com.salesbot.core.port.contract.RateLimiterContract;
import com.salesbot.core.port.contract.Timing;
import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InMemoryRateLimiterTest extends RateLimiterContract {
    private final MutableClock clock = MutableClock.startingAt("2026-03-02T01:00:00Z");
    private final InMemoryRateLimiter subject = new InMemoryRateLimiter(clock);

    @Override
    protected RateLimiter limiter() {
        return subject;
    }

    @Override
    protected Timing timing() {
        return Timing.movedBy(clock);
    }

    @Test
    void idleKeysAreSweptAwayOnceTheirWindowHasPassed() {
        int batch = InMemoryRateLimiter.SWEEP_EVERY;
        for (int i = 0; i < batch; i++) {
            subject.tryAcquire("member:" + i, 30, Duration.ofMinutes(1));
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < batch - 1; i++) {
            subject.tryAcquire("active:" + i, 30, Duration.ofMinutes(1));
        }
        assertThat(subject.size()).isEqualTo(2 * batch - 1);

        subject.tryAcquire("active:last", 30, Duration.ofMinutes(1));

        assertThat(subject.size()).isEqualTo(batch);
    }

    @Test
    void absurdlyLongWindowStillReportsAPositiveWait() {
        subject.tryAcquire("k", 1, Duration.ofSeconds(Long.MAX_VALUE));

        assertThat(subject.tryAcquire("k", 1, Duration.ofSeconds(Long.MAX_VALUE))).isPositive();
    }
}
