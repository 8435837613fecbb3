package com.salesbot.core.port;

import java.time.Duration;
import java.util.Optional;

/** Shared key-value state with expiry: dialog state, tokens, dedupe marks. Redis or in memory. */
public interface KeyValueStore {
    Optional<String> get(String key);

    void put(String key, String value, Duration ttl);

    /** Sets the value only when the key is absent; true when this call set it. */
    boolean putIfAbsent(String key, String value, Duration ttl);

    void delete(String key);
}
