package com.salesbot.core.port.memory;

import com.salesbot.core.port.KeyValueStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Key-value store for a single instance. Expiry is read from the given clock; expired entries are dropped
 * when read and swept every {@value #SWEEP_EVERY} writes so that unread keys do not pile up.
 */
public final class InMemoryKeyValueStore implements KeyValueStore {
    static final int SWEEP_EVERY = 1024;

    private final Clock clock;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger writes = new AtomicInteger();

    public InMemoryKeyValueStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<String> get(String key) {
        Objects.requireNonNull(key, "key");
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiredAt(clock.millis())) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.value());
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        Entry entry = newEntry(key, value, ttl);
        entries.put(key, entry);
        afterWrite();
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        Entry fresh = newEntry(key, value, ttl);
        long now = clock.millis();
        Entry result = entries.compute(key, (k, old) -> old == null || old.expiredAt(now) ? fresh : old);
        afterWrite();
        return result == fresh;
    }

    @Override
    public void delete(String key) {
        entries.remove(Objects.requireNonNull(key, "key"));
    }

    /** Entries held, expired or not; for tests of the sweep. */
    int size() {
        return entries.size();
    }

    private Entry newEntry(String key, String value, Duration ttl) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        return new Entry(value, Ttls.deadline(clock.millis(), Ttls.requirePositiveMillis(ttl, "ttl")));
    }

    private void afterWrite() {
        if (writes.incrementAndGet() % SWEEP_EVERY == 0) {
            long now = clock.millis();
            entries.values().removeIf(e -> e.expiredAt(now));
        }
    }

    private record Entry(String value, long expiresAtMillis) {
        boolean expiredAt(long nowMillis) {
            return nowMillis >= expiresAtMillis;
        }
    }
}
