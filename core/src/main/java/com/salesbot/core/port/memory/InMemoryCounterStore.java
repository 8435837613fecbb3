package com.salesbot.core.port.memory;

import com.salesbot.core.port.CounterStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counters for a single instance. The expiry is fixed when a counter is created (first increment, or the
 * first after it expired) and later increments do not extend it, as with Redis INCRBY + PEXPIRE on creation.
 */
public final class InMemoryCounterStore implements CounterStore {
    static final int SWEEP_EVERY = 1024;

    private final Clock clock;
    private final ConcurrentMap<String, Counter> counters = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();

    public InMemoryCounterStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public long increment(String key, long delta, Duration ttl) {
        Objects.requireNonNull(key, "key");
        long ttlMillis = Ttls.requirePositiveMillis(ttl, "ttl");
        long now = clock.millis();
        Counter updated = counters.compute(key, (k, old) -> old == null || old.expiredAt(now)
                ? new Counter(delta, Ttls.deadline(now, ttlMillis))
                : new Counter(Math.addExact(old.value(), delta), old.expiresAtMillis()));
        sweepNow(now);
        return updated.value();
    }

    @Override
    public long get(String key) {
        Counter counter = counters.get(Objects.requireNonNull(key, "key"));
        if (counter == null) {
            return 0;
        }
        if (counter.expiredAt(clock.millis())) {
            counters.remove(key, counter);
            return 0;
        }
        return counter.value();
    }

    @Override
    public void reset(String key) {
        counters.remove(Objects.requireNonNull(key, "key"));
    }

    /** Counters held, expired or not; for tests of the sweep. */
    int size() {
        return counters.size();
    }

    private void sweepNow(long now) {
        if (writes.incrementAndGet() % SWEEP_EVERY == 0) {
            counters.values().removeIf(c -> c.expiredAt(now));
        }
    }

    private record Counter(long value, long expiresAtMillis) {
        boolean expiredAt(long nowMillis) {
            return nowMillis >= expiresAtMillis;
        }
    }
}
