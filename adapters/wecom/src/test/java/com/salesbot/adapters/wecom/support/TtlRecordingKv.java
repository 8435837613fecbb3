package com.salesbot.adapters.wecom.support;

import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Core's in-memory key-value store that also remembers the TTL each key was last written with and counts reads. */
public final class TtlRecordingKv implements KeyValueStore {
    private final InMemoryKeyValueStore store;
    public final Map<String, Duration> lastTtl = new ConcurrentHashMap<>();
    public final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

    public TtlRecordingKv(Clock clock) {
        this.store = new InMemoryKeyValueStore(clock);
    }

    @Override
    public Optional<String> get(String key) {
        reads.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        return store.get(key);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        store.put(key, value, ttl);
        lastTtl.put(key, ttl);
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        boolean written = store.putIfAbsent(key, value, ttl);
        if (written) {
            lastTtl.put(key, ttl);
        }
        return written;
    }

    @Override
    public void delete(String key) {
        store.delete(key);
    }
}
