package com.salesbot.adapters.redis;

import com.salesbot.core.port.memory.InMemoryCounterStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.port.memory.InMemoryLockService;
import com.salesbot.core.port.memory.InMemoryRateLimiter;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * Shared state in this process only, for the embedded single-instance mode: used whenever {@code redis.uri}
 * is absent. Expiry follows the application's {@link Clock} bean when there is one, else the system clock.
 */
@Factory
@Requires(missingProperty = "redis.uri")
public class InMemorySharedStateFactory {
    private final Clock clock;

    public InMemorySharedStateFactory(Optional<Clock> clock) {
        this.clock = clock.orElseGet(Clock::systemUTC);
    }

    @Singleton
    InMemoryKeyValueStore keyValueStore() {
        return new InMemoryKeyValueStore(clock);
    }

    @Singleton
    InMemoryCounterStore counterStore() {
        return new InMemoryCounterStore(clock);
    }

    @Singleton
    InMemoryLockService lockService() {
        return new InMemoryLockService(clock);
    }

    @Singleton
    InMemoryRateLimiter rateLimiter() {
        return new InMemoryRateLimiter(clock);
    }
}
