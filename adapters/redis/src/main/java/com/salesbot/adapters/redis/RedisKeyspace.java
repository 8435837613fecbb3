package com.salesbot.adapters.redis;

import java.util.Objects;

/**
 * Names Redis keys: a configurable prefix (default {@code salesbot:}), then one namespace per port, so the same
 * logical key used as a value and as a counter never collides.
 */
public final class RedisKeyspace {
    public static final String DEFAULT_PREFIX = "salesbot:";

    private final String prefix;

    public RedisKeyspace(String prefix) {
        this.prefix = Objects.requireNonNull(prefix, "prefix");
    }

    public String prefix() {
        return prefix;
    }

    String key(String namespace, String key) {
        return prefix + namespace + ":" + Objects.requireNonNull(key, "key");
    }
}
