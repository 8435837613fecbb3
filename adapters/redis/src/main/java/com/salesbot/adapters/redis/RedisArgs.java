package com.salesbot.adapters.redis;

import java.time.Duration;
import java.util.Objects;

/** The same argument rules as the in-memory ports, so both behave alike on bad input. */
final class RedisArgs {
    private RedisArgs() {
    }

    static long positiveMillis(Duration ttl, String what) {
        Objects.requireNonNull(ttl, what);
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + ttl);
        }
        return Math.max(1, ttl.toMillis());
    }
}
