package com.salesbot.core.rules.targethealth;

import com.salesbot.core.config.Thresholds;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * R10: eligible when the award period holds at least {@code awardMonths} (2) consecutive months with
 * reserve/gap strictly above {@code awardRatio} (2.0), and no month of the period strictly below
 * {@code awardFloorRatio} (1.5). A month whose target was met counts as above (its gap is 0). A month without a
 * target, or missing from the history, is not evaluable: it breaks a run but is not a month below the floor.
 * Comparisons are exact (reserve vs gap × ratio in decimal).
 */
public final class ProcessHealthAward {
    private final BigDecimal awardRatio;
    private final BigDecimal floorRatio;
    private final int months;
    private final BigDecimal poolShare;

    public ProcessHealthAward(Thresholds thresholds) {
        this.awardRatio = BigDecimal.valueOf(thresholds.awardRatio());
        this.floorRatio = BigDecimal.valueOf(thresholds.awardFloorRatio());
        this.months = thresholds.awardMonths();
        this.poolShare = BigDecimal.valueOf(thresholds.awardPoolShare());
    }

    /** @param period the months of the award period, in any order; duplicates are refused */
    public AwardDecision evaluate(List<MonthlyHealth> period) {
        List<MonthlyHealth> sorted = new ArrayList<>(period);
        sorted.sort(Comparator.comparing(MonthlyHealth::month));
        List<YearMonth> best = List.of();
        List<YearMonth> run = new ArrayList<>();
        List<YearMonth> below = new ArrayList<>();
        YearMonth previous = null;
        for (MonthlyHealth m : sorted) {
            if (previous != null && !m.month().isAfter(previous)) {
                throw new IllegalArgumentException("month listed twice: " + m.month());
            }
            if (previous != null && !m.month().equals(previous.plusMonths(1))) {
                run = new ArrayList<>();
            }
            previous = m.month();
            TargetHealth h = m.health();
            if (h.status() == TargetStatus.NO_TARGET) {
                run = new ArrayList<>();
                continue;
            }
            if (h.status() != TargetStatus.MET && lessThan(h, floorRatio)) {
                below.add(m.month());
            }
            if (h.status() == TargetStatus.MET || greaterThan(h, awardRatio)) {
                run.add(m.month());
                if (run.size() > best.size()) {
                    best = List.copyOf(run);
                }
            } else {
                run = new ArrayList<>();
            }
        }
        boolean eligible = best.size() >= months && below.isEmpty();
        return new AwardDecision(eligible, best, below, poolShare, reason(eligible, best, below));
    }

    private static boolean lessThan(TargetHealth h, BigDecimal ratio) {
        return BigDecimal.valueOf(h.reserveFen()).compareTo(ratio.multiply(BigDecimal.valueOf(h.gapFen()))) < 0;
    }

    private static boolean greaterThan(TargetHealth h, BigDecimal ratio) {
        return BigDecimal.valueOf(h.reserveFen()).compareTo(ratio.multiply(BigDecimal.valueOf(h.gapFen()))) > 0;
    }

    private String reason(boolean eligible, List<YearMonth> best, List<YearMonth> below) {
        if (eligible) {
            return "连续" + best.size() + "个月储备量/缺口比高于" + awardRatio.toPlainString() + "，且没有月份低于"
                    + floorRatio.toPlainString() + "，可获得目标奖金池" + percent(poolShare) + "的过程健康奖。";
        }
        if (!below.isEmpty()) {
            return below.get(0).getMonthValue() + "月储备量/缺口比低于" + floorRatio.toPlainString()
                    + "，本期不满足过程健康奖条件。";
        }
        return "储备量/缺口比高于" + awardRatio.toPlainString() + "的连续月份只有" + best.size() + "个，需要连续"
                + months + "个月。";
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
