package com.salesbot.core.port.memory;

import com.salesbot.core.port.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sliding-window log for a single instance: a permit taken at t counts until t + window (exclusive).
 * Refused attempts are not logged, so they do not push the next free permit further away.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    static final int SWEEP_EVERY = 1024;

    private final Clock clock;
    private final Map<String, Window> windows = new HashMap<>();
    private long calls;

    public InMemoryRateLimiter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** All limits are checked and taken under one lock, so a permit is taken under every limit or under none. */
    @Override
    public synchronized Duration tryAcquireAll(List<Limit> limits) {
        long now = clock.millis();
        long[] windowMillis = new long[limits.size()];
        long wait = 0;
        for (int i = 0; i < limits.size(); i++) {
            Limit limit = limits.get(i);
            windowMillis[i] = Ttls.requirePositiveMillis(limit.window(), "window");
            Window w = windows.get(limit.key());
            if (w != null) {
                wait = Math.max(wait, w.waitFor(now, limit.limit(), windowMillis[i]));
            }
        }
        if (wait == 0) {
            for (int i = 0; i < limits.size(); i++) {
                windows.computeIfAbsent(limits.get(i).key(), k -> new Window()).take(now, windowMillis[i]);
            }
        }
        sweep(now);
        return Duration.ofMillis(wait);
    }

    /** Keys with a window held, idle or not; for tests of the sweep. */
    synchronized int size() {
        return windows.size();
    }

    private void sweep(long now) {
        if (++calls % SWEEP_EVERY == 0) {
            windows.values().removeIf(w -> w.idleAt(now));
        }
    }

    /** Only touched under the limiter's lock. */
    private static final class Window {
        private final Deque<Long> taken = new ArrayDeque<>();
        private long windowMillis;
        private long newestMillis;

        /** Zero when a permit is free under this limit, otherwise the milliseconds until one is. */
        long waitFor(long now, int limit, long windowMillis) {
            while (!taken.isEmpty() && taken.peekFirst() <= now - windowMillis) {
                taken.pollFirst();
            }
            if (taken.size() < limit) {
                return 0;
            }
            // The permit that frees up next is the one taken limit places back.
            int skip = taken.size() - limit;
            long freeing = taken.stream().skip(skip).findFirst().orElseThrow();
            return Ttls.deadline(freeing, windowMillis) - now;
        }

        void take(long now, long windowMillis) {
            this.windowMillis = windowMillis;
            taken.addLast(now);
            newestMillis = now;
        }

        boolean idleAt(long now) {
            return now - newestMillis >= windowMillis;
        }
    }
}
