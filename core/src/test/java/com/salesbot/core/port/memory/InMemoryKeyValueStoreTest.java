package com.salesbot.core.port.memory;

import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.contract.KeyValueStoreContract;
import java.time.Duration;

class InMemoryKeyValueStoreTest extends KeyValueStoreContract {
    private final MutableClock clock = MutableClock.startingAt("2026-03-02T01:00:00Z");
    private final InMemoryKeyValueStore subject = new InMemoryKeyValueStore(clock);

    @Override
    protected KeyValueStore store() {
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
