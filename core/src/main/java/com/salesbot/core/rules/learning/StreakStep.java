package com.salesbot.core.rules.learning;

/**
 * The price-sensitive streak of a rep after an entry.
 *
 * @param length consecutive price-sensitive entries so far
 * @param fires  true exactly when this entry made the streak reach the configured length: push the micro-lesson
 */
public record StreakStep(int length, boolean fires) {
    public static final StreakStep NONE = new StreakStep(0, false);
}
