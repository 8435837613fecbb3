package com.salesbot.core.port;

import java.time.Duration;

/** Atomic counters with expiry. */
public interface CounterStore {
    /** Adds delta and returns the new value; the ttl is set when the counter is created. */
    long increment(String key, long delta, Duration ttl);

    /** Current value, 0 when absent. */
    long get(String key);

    void reset(String key);
}
