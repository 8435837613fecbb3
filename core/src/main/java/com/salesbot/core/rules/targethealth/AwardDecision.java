package com.salesbot.core.rules.targethealth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

/**
 * R10 过程健康奖 verdict for one award period.
 *
 * @param qualifyingRun   the longest run of consecutive months with reserve/gap above the award ratio
 * @param monthsBelowFloor months whose reserve/gap was below the floor (any one disqualifies)
 * @param poolShare       share of the target bonus pool paid when eligible (0.15)
 * @param reason          one sentence in Chinese for the rep
 */
public record AwardDecision(boolean eligible, List<YearMonth> qualifyingRun, List<YearMonth> monthsBelowFloor,
                            BigDecimal poolShare, String reason) {
    public AwardDecision {
        qualifyingRun = List.copyOf(qualifyingRun);
        monthsBelowFloor = List.copyOf(monthsBelowFloor);
    }

    /** The award in fen for a bonus pool, rounded down to a whole fen; 0 when not eligible. */
    public long awardFen(long bonusPoolFen) {
        if (!eligible) {
            return 0;
        }
        return BigDecimal.valueOf(bonusPoolFen).multiply(poolShare).setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
