package com.salesbot.adapters.wecom.send;

import com.salesbot.core.port.RateLimiter;
import java.time.Duration;
import java.util.List;

/**
 * WeCom drops app messages beyond 30 per minute and 1000 per hour to one member (per app), silently.
 * This takes permits from the shared {@link RateLimiter} before anything is sent.
 */
public final class MemberRateLimit {
    public static final int PER_MINUTE = 30;
    public static final int PER_HOUR = 1000;
    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final RateLimiter limiter;
    private final String prefix;

    public MemberRateLimit(RateLimiter limiter, String corpId, int agentId) {
        this.limiter = limiter;
        this.prefix = corpId + ":" + agentId + ":";
    }

    /**
     * wecom:rate:{corp:agent:member}:1m: the braces are a Redis Cluster hash tag, so a member's two windows live in
     * one slot and one script can check both.
     */
    private String key(String member, String window) {
        return "wecom:rate:{" + prefix + member + "}:" + window;
    }

    /**
     * Takes one permit per message for each member of a "u1|u2" recipient, under the minute and the hour limit at
     * once (a message refused by the hour limit uses up nothing of the minute); zero or how long to wait.
     */
    public Duration acquire(String recipient, int messages) {
        for (String member : recipient.split("\\|")) {
            List<RateLimiter.Limit> limits = List.of(
                    new RateLimiter.Limit(key(member, "1m"), PER_MINUTE, MINUTE),
                    new RateLimiter.Limit(key(member, "1h"), PER_HOUR, HOUR));
            for (int i = 0; i < messages; i++) {
                Duration wait = limiter.tryAcquireAll(limits);
                if (!wait.isZero() && !wait.isNegative()) {
                    return wait;
                }
            }
        }
        return Duration.ZERO;
    }
}
