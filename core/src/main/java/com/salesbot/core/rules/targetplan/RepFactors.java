package com.salesbot.core.rules.targetplan;

import com.salesbot.core.rules.capability.Quadrant;

/**
 * The dynamic factors of one rep the target sandbox weighs (see docs/targets.md for why these).
 *
 * @param paidLast12MonthsFen payments credited to the rep over the last 12 months
 * @param openPipelineFen     open opportunity value
 * @param chainMaturity       decision-chain maturity of the open deals, 0..1: per deal the share of need, budget and
 *                            decision maker confirmed, weighted by deal value
 * @param winRate             won / closed over the last 12 months, smoothed as (won+1)/(closed+2)
 * @param medianCycleDays     median days from creation to a win over the last 12 months
 * @param medianDealFen       median won deal over the last 6 months (the matrix's x axis)
 * @param quadrant            the rep's capability-resource quadrant (R8)
 */
public record RepFactors(String repId, long paidLast12MonthsFen, long openPipelineFen, double chainMaturity,
                         double winRate, int medianCycleDays, long medianDealFen, Quadrant quadrant) {
    public RepFactors {
        if (chainMaturity < 0 || chainMaturity > 1 || winRate < 0 || winRate > 1) {
            throw new IllegalArgumentException("maturity and win rate must be between 0 and 1 for " + repId);
        }
        if (medianCycleDays < 1) {
            throw new IllegalArgumentException("cycle time must be at least one day for " + repId);
        }
    }

    /** Days in a quarter, for the cycle-time factor. */
    public static final int QUARTER_DAYS = 91;

    /**
     * What the rep's pipeline can bring in this quarter: open value x chain maturity x win rate x the share of a
     * cycle that fits into a quarter (1 when the cycle is a quarter or shorter).
     */
    public long pipelineConversionFen() {
        double cycleFactor = Math.min(1.0, (double) QUARTER_DAYS / medianCycleDays);
        return Math.round(openPipelineFen * chainMaturity * winRate * cycleFactor);
    }

    /** What the rep can carry in a quarter: the larger of their quarterly run rate and their pipeline's conversion. */
    public long quarterCapacityFen() {
        return Math.max(paidLast12MonthsFen / 4, pipelineConversionFen());
    }
}
