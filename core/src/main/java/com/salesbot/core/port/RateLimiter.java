package com.salesbot.core.port;

import java.time.Duration;

/** Per-key rate limit shared by every bot instance, e.g. 30 messages per minute per WeCom member. */
public interface RateLimiter {
    /**
     * Takes one permit for key if fewer than limit were taken in the sliding window.
     *
     * @return zero when a permit was taken, otherwise how long to wait before the next try
     */
    Duration tryAcquire(String key, int limit, Duration window);
}
