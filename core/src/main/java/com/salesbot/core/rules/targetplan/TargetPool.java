package com.salesbot.core.rules.targetplan;

import java.util.Map;

/**
 * The three-source calibration of one team's quarter (三源校准, R7).
 *
 * @param historyByLineFen  last 12 months of payments per product line
 * @param historyQuarterFen the history source: those 12 months / 4
 * @param marketFactor      the market source: the industry's growth factor for the quarter (1.10 = +10 %)
 * @param marketNote        where the factor comes from (tender rhythm, competitor notes)
 * @param marketQuarterFen  history x market factor
 * @param top3CapacityFen   mean quarterly capacity of the team's three strongest reps
 * @param capacityQuarterFen the capacity source: that mean x the number of reps
 */
public record TargetPool(String teamId, Map<String, Long> historyByLineFen, long historyQuarterFen,
                         double marketFactor, String marketNote, long marketQuarterFen, long top3CapacityFen,
                         long capacityQuarterFen) {
    public TargetPool {
        historyByLineFen = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(historyByLineFen));
    }

    /** 激进: the more optimistic of market and capacity. */
    public long aggressiveFen() {
        return Math.max(marketQuarterFen, capacityQuarterFen);
    }

    /** 稳健: the midpoint of market and capacity; equal to both when they agree. */
    public long steadyFen() {
        return Math.floorDiv(marketQuarterFen + capacityQuarterFen + 1, 2);
    }

    /** 保守: the lowest of history, market and capacity. */
    public long conservativeFen() {
        return Math.min(historyQuarterFen, Math.min(marketQuarterFen, capacityQuarterFen));
    }

    public long totalFen(PlanKind kind) {
        return switch (kind) {
            case AGGRESSIVE -> aggressiveFen();
            case STEADY -> steadyFen();
            case CONSERVATIVE -> conservativeFen();
        };
    }
}
