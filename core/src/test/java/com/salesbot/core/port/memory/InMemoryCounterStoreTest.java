package com.salesbot.core.port.memory;

import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.contract.CounterStoreContract;
import java.time.Duration;

class InMemoryCounterStoreTest extends CounterStoreContract {
    private final MutableClock clock = MutableClock.startingAt("2026-03-02T01:00:00Z");
    private final InMemoryCounterStore subject = new InMemoryCounterStore(clock);

    @Override
    protected CounterStore counters() {
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
