package com.salesbot.core.rules.activity;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Touch;

/**
 * R3 有效触达: a touch with a result tag AND at least {@code effectiveTouchMinSeconds} (30) seconds of voice or
 * text interaction. 29 s is not effective, 30 s is. A blank tag counts as no tag.
 */
public final class EffectiveTouchRule {
    private final int minSeconds;

    public EffectiveTouchRule(Thresholds thresholds) {
        this(thresholds.effectiveTouchMinSeconds());
    }

    public EffectiveTouchRule(int minSeconds) {
        if (minSeconds < 0) {
            throw new IllegalArgumentException("effective touch seconds must not be negative: " + minSeconds);
        }
        this.minSeconds = minSeconds;
    }

    public boolean isEffective(Touch touch) {
        return touch.resultTag() != null && !touch.resultTag().isBlank() && touch.durationSeconds() >= minSeconds;
    }
}
