package com.salesbot.core.chat.port;

import com.salesbot.core.rules.targethealth.TargetHealth;

/**
 * A rep's R9 target health for one month as the rules computed it (exact decimals, one type:
 * {@link TargetHealth}) together with the R10 award status, which is what cards and pushes show. The accessors
 * only read the rules' figures; the doubles are for display and never decide anything.
 *
 * @param month the rules' verdict for the month (never NO_TARGET: a rep without a target has no health to show)
 * @param award R10 process-health award as seen this month
 */
public record RepTargetHealth(TargetHealth month, AwardStatus award) {

    public long targetFen() {
        return month.targetFen();
    }

    public long achievedFen() {
        return month.achievedFen();
    }

    /** achieved / target (0.62 = 62%), 0 without a target. */
    public double completion() {
        return month.completion() == null ? 0 : month.completion().doubleValue();
    }

    public long reserveFen() {
        return month.reserveFen();
    }

    public long gapFen() {
        return month.gapFen();
    }

    /** reserve / gap rounded down to 2 decimals, null when there is no gap left. */
    public Double reserveGapRatio() {
        return month.reserveGapRatio() == null ? null : month.reserveGapRatio().doubleValue();
    }

    /** R9 red warning: reserve below gap x the configured ratio. */
    public boolean red() {
        return month.red();
    }

    /** Qualified reserve still missing to leave the red zone, 0 when not red. */
    public long shortfallFen() {
        return month.reserveShortfallFen();
    }
}
