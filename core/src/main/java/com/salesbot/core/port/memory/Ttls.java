package com.salesbot.core.port.memory;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the in-memory ports; the Redis adapters apply the same rules. */
final class Ttls {
    private Ttls() {
    }

    static long requirePositiveMillis(Duration ttl, String what) {
        Objects.requireNonNull(ttl, what);
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException(what + " must be positive: " + ttl);
        }
        try {
            return Math.max(1, ttl.toMillis());
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }

    /** now + ttl, saturating instead of wrapping round for absurdly long TTLs. */
    static long deadline(long nowMillis, long ttlMillis) {
        long sum = nowMillis + ttlMillis;
        return sum < nowMillis ? Long.MAX_VALUE : sum;
    }
}
