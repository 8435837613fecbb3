package com.salesbot.core.archive;

import com.salesbot.core.port.KeyValueStore;
import java.time.Duration;
import java.util.Optional;

/** Delegates to a real store; can fail the next put, as a crash between ingestion and the cursor write would. */
final class FlakyKeyValueStore implements KeyValueStore {
    private final KeyValueStore delegate;
    boolean failNextPut;
    int puts;

    FlakyKeyValueStore(KeyValueStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public Optional<String> get(String key) {
        return delegate.get(key);
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        if (failNextPut) {
            failNextPut = false;
            throw new IllegalStateException("store down");
        }
        puts++;
        delegate.put(key, value, ttl);
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        return delegate.putIfAbsent(key, value, ttl);
    }

    @Override
    public void delete(String key) {
        delegate.delete(key);
    }
}
