package com.salesbot.core.messaging;

import java.time.Duration;

/**
 * Exponential backoff for deliveries and inbox processing: base, doubled per attempt, capped; after maxAttempts
 * the row becomes FAILED and stays visible.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {
    public RetryPolicy {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 8);
    }

    /** Delay before attempt number {@code attempt + 1}, given that {@code attempt} tries failed (1-based). */
    public Duration delayAfter(int attempt, Duration atLeast) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long millis = Math.min(cap.toMillis(), base.toMillis() << shift);
        long floor = atLeast == null ? 0 : atLeast.toMillis();
        return Duration.ofMillis(Math.max(millis, floor));
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }
}
