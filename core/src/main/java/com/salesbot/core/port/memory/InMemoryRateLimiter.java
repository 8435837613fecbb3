package com.salesbot.core.port.memory;

import com.salesbot.core.port.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sliding-window log for a single instance: a permit taken at t counts until t + window (exclusive).
 * Refused attempts are not logged, so they do not push the next free permit further away.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    static final int SWEEP_EVERY = 1024;

    private final Clock clock;
    private final ConcurrentMap<String, Window> windows = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    public InMemoryRateLimiter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Duration tryAcquire(String key, int limit, Duration window) {
        Objects.requireNonNull(key, "key");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        long windowMillis = Ttls.requirePositiveMillis(window, "window");
        long now = clock.millis();
        long[] waitMillis = new long[1];
        windows.compute(key, (k, old) -> {
            Window w = old == null ? new Window() : old;
            waitMillis[0] = w.tryTake(now, limit, windowMillis);
            return w;
        });
        sweep(now);
        return Duration.ofMillis(waitMillis[0]);
    }

    /** Keys with a window held, idle or not; for tests of the sweep. */
    int size() {
        return windows.size();
    }

    private void sweep(long now) {
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            for (String key : windows.keySet()) {
                windows.computeIfPresent(key, (k, w) -> w.idleAt(now) ? null : w);
            }
        }
    }

    /** Only touched inside the map's per-key compute, which serialises callers of one key. */
    private static final class Window {
        private final Deque<Long> taken = new ArrayDeque<>();
        private long windowMillis;
        private long newestMillis;

        long tryTake(long now, int limit, long windowMillis) {
            this.windowMillis = windowMillis;
            while (!taken.isEmpty() && taken.peekFirst() <= now - windowMillis) {
                taken.pollFirst();
            }
            if (taken.size() >= limit) {
                // The permit that frees up next is the one taken limit places back.
                int skip = taken.size() - limit;
                long freeing = taken.stream().skip(skip).findFirst().orElseThrow();
                return Ttls.deadline(freeing, windowMillis) - now;
            }
            taken.addLast(now);
            newestMillis = now;
            return 0;
        }

        boolean idleAt(long now) {
            return now - newestMillis >= windowMillis;
        }
    }
}
