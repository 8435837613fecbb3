package com.salesbot.core.port.memory;

import com.salesbot.core.port.RateLimiter;
import com.salesbot.core.port.contract.RateLimiterContract;
import java.time.Duration;

class InMemoryRateLimiterTest extends RateLimiterContract {
    private final MutableClock clock = MutableClock.startingAt("2026-03-02T01:00:00Z");
    private final InMemoryRateLimiter subject = new InMemoryRateLimiter(clock);

    @Override
    protected RateLimiter limiter() {
        return subject;
    }

    @Override
    protected void elapse(Duration duration) {
        clock.advance(duration);
    }

    @Override
    protected Duration shortTtl() {
        return Duration.ofSeconds(30);
    }

    @Override
    protected Duration tolerance() {
        return Duration.ofMillis(1);
    }
}
