package com.salesbot.charts;

/**
 * Already-computed figures for the R9 target-health chart, money in fen.
 *
 * @param title          e.g. 目标健康度 · 11月
 * @param targetFen      the period target, above zero
 * @param achievedFen    achieved so far
 * @param reserveFen     qualified opportunity reserve (有效商机储备)
 * @param gapFen         target minus achieved, as the rule computed it
 * @param warningLineFen the reserve below which the rule raises the warning (drawn as a tick)
 * @param warning        whether the rule raised the red warning
 */
public record TargetHealthData(String title, long targetFen, long achievedFen, long reserveFen, long gapFen,
                               long warningLineFen, boolean warning) {

    public TargetHealthData {
        HeatmapData.requireText(title, "title");
        if (targetFen <= 0) {
            throw new IllegalArgumentException("targetFen must be above zero, got " + targetFen);
        }
        notNegative(achievedFen, "achievedFen");
        notNegative(reserveFen, "reserveFen");
        notNegative(gapFen, "gapFen");
        notNegative(warningLineFen, "warningLineFen");
    }

    /** Achieved as a share of the target, e.g. 0.64. */
    public double completion() {
        return (double) achievedFen / targetFen;
    }

    private static void notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must not be negative, got " + value);
        }
    }
}
