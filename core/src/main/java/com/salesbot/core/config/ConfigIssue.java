package com.salesbot.core.config;

/**
 * One thing wrong with a {@link BusinessConfig}.
 *
 * @param path    where it is, e.g. {@code stages[3].code}, {@code thresholds.heatmapDays},
 *                {@code calendar.makeUpWorkdays.2026-02-17}; a loader maps it back to file and line
 * @param message what is wrong, in English, readable on its own
 */
public record ConfigIssue(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
