package com.salesbot.core.rules.targethealth;

import java.math.BigDecimal;

/**
 * R9 目标健康度 of one rep or team for one month. Money in fen.
 *
 * @param targetFen          target of the month, 0 when {@link TargetStatus#NO_TARGET}
 * @param achievedFen        payments (回款) credited in the month
 * @param completion         achieved / target, 4 decimals half-up (0.8000 = 80%); null without a target
 * @param reserveFen         有效商机储备: open opportunities with need, budget and decision maker confirmed
 * @param gapFen             target − achieved, never below 0
 * @param reserveGapRatio    reserve / gap, 2 decimals rounded down (so a red 1.799 never shows as 1.80); null when
 *                           the gap is 0 or there is no target
 * @param requiredReserveFen gap × red ratio rounded up to a whole fen: the reserve at which the warning clears
 * @param status             verdict; RED exactly when reserveFen < gap × ratio (exact decimal comparison)
 */
public record TargetHealth(long targetFen, long achievedFen, BigDecimal completion, long reserveFen, long gapFen,
                           BigDecimal reserveGapRatio, long requiredReserveFen, TargetStatus status) {

    public boolean red() {
        return status == TargetStatus.RED;
    }

    /** How much qualified reserve is missing before the warning clears; 0 when not red. */
    public long reserveShortfallFen() {
        return Math.max(0, requiredReserveFen - reserveFen);
    }
}
