package com.salesbot.core.tagging;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.rules.learning.PriceSensitiveStreak;
import com.salesbot.core.rules.learning.StreakStep;
import java.time.Duration;

/**
 * R19 over ingested conversations: each customer message that states a need (a scenario other than small talk, or
 * a price-sensitive signal) is a need entry of the rep. The streak rule is {@link PriceSensitiveStreak} (fires
 * once when the streak reaches priceSensitiveStreak, 5); its state is kept per rep in the shared
 * {@link CounterStore} so several instances count together.
 */
public final class PriceSensitiveCounter {
    static final Duration TTL = Duration.ofDays(365);
    /** An entry text the streak rule recognises as price-sensitive (its default phrase). */
    private static final String PRICE_SENSITIVE = "价格敏感";

    private final PriceSensitiveStreak streak;
    private final CounterStore counters;

    public PriceSensitiveCounter(Thresholds thresholds, CounterStore counters) {
        this.streak = new PriceSensitiveStreak(thresholds);
        this.counters = counters;
    }

    /** Counts one need entry of the rep and returns the streak after it. */
    public StreakStep count(String repId, boolean priceSensitive) {
        String key = "r19:price-sensitive:" + repId;
        if (!priceSensitive) {
            counters.reset(key);
            return StreakStep.NONE;
        }
        long now = counters.increment(key, 1, TTL);
        boolean fires = streak.next((int) now - 1, PRICE_SENSITIVE).fires();
        return new StreakStep((int) now, fires);
    }
}
