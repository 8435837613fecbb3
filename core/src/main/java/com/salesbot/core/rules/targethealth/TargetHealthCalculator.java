package com.salesbot.core.rules.targethealth;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Set;

/**
 * R9: completion, qualified reserve, gap, reserve/gap and the red warning (reserve &lt; gap × 1.8). The comparison is
 * exact: BigDecimal of the configured ratio (1.8 is exactly 1.8), no floating point on money.
 */
public final class TargetHealthCalculator {
    private final BigDecimal redRatio;
    private final ZoneId zone;

    public TargetHealthCalculator(Thresholds thresholds, ZoneId zone) {
        this.redRatio = BigDecimal.valueOf(thresholds.reserveGapRedRatio());
        this.zone = zone;
    }

    /** From the three figures; {@code targetFen} ≤ 0 means no target. */
    public TargetHealth evaluate(long targetFen, long achievedFen, long reserveFen) {
        if (targetFen <= 0) {
            return new TargetHealth(0, achievedFen, null, reserveFen, 0, null, 0, TargetStatus.NO_TARGET);
        }
        BigDecimal completion = BigDecimal.valueOf(achievedFen)
                .divide(BigDecimal.valueOf(targetFen), 4, RoundingMode.HALF_UP);
        long gap = Math.max(0, targetFen - achievedFen);
        if (gap == 0) {
            return new TargetHealth(targetFen, achievedFen, completion, reserveFen, 0, null, 0, TargetStatus.MET);
        }
        BigDecimal required = redRatio.multiply(BigDecimal.valueOf(gap));
        boolean red = BigDecimal.valueOf(reserveFen).compareTo(required) < 0;
        BigDecimal ratio = BigDecimal.valueOf(reserveFen).divide(BigDecimal.valueOf(gap), 2, RoundingMode.DOWN);
        return new TargetHealth(targetFen, achievedFen, completion, reserveFen, gap, ratio,
                required.setScale(0, RoundingMode.CEILING).longValueExact(),
                red ? TargetStatus.RED : TargetStatus.HEALTHY);
    }

    /**
     * For a rep ({@code repIds} of one) or a team (its reps) in a month: targets summed, payments whose
     * {@code paidAt} falls in the month in the business zone, qualified open opportunities owned by them.
     */
    public TargetHealth evaluate(Set<String> repIds, YearMonth month, Collection<Target> targets,
                                 Collection<Payment> payments, Collection<Opportunity> opportunities) {
        long target = targets.stream().filter(t -> t.month().equals(month) && repIds.contains(t.repId()))
                .mapToLong(Target::amountFen).sum();
        long achieved = payments.stream()
                .filter(p -> repIds.contains(p.repId()) && month.equals(monthOf(p.paidAt())))
                .mapToLong(Payment::amountFen).sum();
        long reserve = opportunities.stream().filter(o -> o.qualified() && repIds.contains(o.ownerRepId()))
                .mapToLong(Opportunity::amountFen).sum();
        return evaluate(target, achieved, reserve);
    }

    private YearMonth monthOf(long epochMillis) {
        return YearMonth.from(Instant.ofEpochMilli(epochMillis).atZone(zone));
    }
}
