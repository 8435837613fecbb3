package com.salesbot.core.messaging;

import java.time.Duration;

/**
 * When to try an inbox row or an outbox message again.
 * <ul>
 *   <li>The message itself failed (a bug, bad content): exponential backoff from base, doubled per attempt, capped
 *   at cap; after maxAttempts the row becomes FAILED with its reason and stays visible.</li>
 *   <li>The platform or a dependency is unavailable (rate limit, Redis or database down, network): no attempt is
 *   spent; the delay grows with the time the row has already waited (half of it, between base and
 *   unavailableCap), so an outage of minutes is retried every few seconds and one of hours every few minutes.
 *   Only after giveUpAfter without success does the row become FAILED.</li>
 * </ul>
 * Every delay gets up to {@link #JITTER} of random extra, so instances and rows that failed together do not retry
 * in lockstep.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts, Duration unavailableCap,
                          Duration giveUpAfter) {
    /** Up to this fraction of a delay is added at random. */
    public static final double JITTER = 0.2;

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0 || maxAttempts < 1
                || unavailableCap.compareTo(base) < 0 || giveUpAfter.compareTo(unavailableCap) < 0) {
            throw new IllegalArgumentException("invalid retry policy");
        }
    }

    public RetryPolicy(Duration base, Duration cap, int maxAttempts) {
        this(base, cap, maxAttempts, cap, Duration.ofHours(24));
    }

    /** Outbox deliveries: 5 s doubling to 10 min, 8 attempts; outages retried up to every 5 min for 24 h. */
    public static RetryPolicy defaults() {
        return new RetryPolicy(Duration.ofSeconds(5), Duration.ofMinutes(10), 8, Duration.ofMinutes(5),
                Duration.ofHours(24));
    }

    /** Inbox processing: 1 s doubling to 1 min, 5 attempts; outages retried up to every 30 s for 24 h. */
    public static RetryPolicy inboxDefaults() {
        return new RetryPolicy(Duration.ofSeconds(1), Duration.ofMinutes(1), 5, Duration.ofSeconds(30),
                Duration.ofHours(24));
    }

    /** Delay before attempt number {@code attempt + 1}, given that {@code attempt} tries failed (1-based). */
    public Duration delayAfter(int attempt, Duration atLeast) {
        int shift = Math.min(Math.max(attempt - 1, 0), 30);
        long millis = Math.min(cap.toMillis(), base.toMillis() << shift);
        return atLeast(millis, atLeast);
    }

    /** Delay before the next try while a dependency is unavailable, for a row that has waited waitedMillis. */
    public Duration delayWhileUnavailable(long waitedMillis, Duration atLeast) {
        long millis = Math.min(unavailableCap.toMillis(), Math.max(base.toMillis(), waitedMillis / 2));
        return atLeast(millis, atLeast);
    }

    /** The delay with {@code random * JITTER} of it added; random is uniform in [0, 1). */
    public static Duration withJitter(Duration delay, double random) {
        double r = Math.min(Math.max(random, 0), 1);
        return delay.plusMillis((long) (delay.toMillis() * JITTER * r));
    }

    public boolean exhausted(int attempts) {
        return attempts >= maxAttempts;
    }

    /** True when a row that has waited waitedMillis for an unavailable dependency should be given up. */
    public boolean givenUp(long waitedMillis) {
        return waitedMillis >= giveUpAfter.toMillis();
    }

    private static Duration atLeast(long millis, Duration floor) {
        return Duration.ofMillis(Math.max(millis, floor == null ? 0 : floor.toMillis()));
    }
}
