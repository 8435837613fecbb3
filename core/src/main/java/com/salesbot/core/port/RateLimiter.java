package com.salesbot.core.port;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** Per-key rate limits shared by every bot instance, e.g. 30 messages per minute per WeCom member. */
public interface RateLimiter {
    /**
     * Takes one permit under every one of the limits at once, or none at all: a permit is never used up under one
     * limit while another one refuses (one round trip to the shared store, atomic across instances).
     *
     * @return zero when the permits were taken, otherwise how long to wait before the next try (the longest wait
     *         among the limits that refused)
     */
    Duration tryAcquireAll(List<Limit> limits);

    /**
     * Takes one permit for key if fewer than limit were taken in the sliding window.
     *
     * @return zero when a permit was taken, otherwise how long to wait before the next try
     */
    default Duration tryAcquire(String key, int limit, Duration window) {
        return tryAcquireAll(List.of(new Limit(key, limit, window)));
    }

    /** At most {@code limit} permits for {@code key} in any sliding window of length {@code window}. */
    record Limit(String key, int limit, Duration window) {
        public Limit {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(window, "window");
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1: " + limit);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive: " + window);
            }
        }
    }
}
