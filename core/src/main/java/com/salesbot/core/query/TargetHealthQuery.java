package com.salesbot.core.query;

import com.salesbot.core.chat.port.AwardStatus;
import com.salesbot.core.chat.port.RepTargetHealth;
import com.salesbot.core.chat.port.TargetHealthSource;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Target;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.rules.targethealth.AwardDecision;
import com.salesbot.core.rules.targethealth.MonthlyHealth;
import com.salesbot.core.rules.targethealth.ProcessHealthAward;
import com.salesbot.core.rules.targethealth.TargetHealth;
import com.salesbot.core.rules.targethealth.TargetHealthCalculator;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads targets, payments and opportunities and applies the R9/R10 rules for one rep and month.
 * <p>
 * The award period is the calendar quarter up to the asked month. The qualified reserve of a past month is
 * reconstructed from today's opportunities: those created before the month ended and still open at its end
 * (not closed, or closed later), with today's qualification flags (the flags' history is not kept).
 */
public final class TargetHealthQuery implements TargetHealthSource {
    private final TargetStore targets;
    private final PaymentStore payments;
    private final OpportunityStore opportunities;
    private final TargetHealthCalculator calculator;
    private final ProcessHealthAward award;
    private final BigDecimal awardRatio;
    private final ZoneId zone;

    public TargetHealthQuery(TargetStore targets, PaymentStore payments, OpportunityStore opportunities,
                             Thresholds thresholds, ZoneId zone) {
        this.targets = targets;
        this.payments = payments;
        this.opportunities = opportunities;
        this.calculator = new TargetHealthCalculator(thresholds, zone);
        this.award = new ProcessHealthAward(thresholds);
        this.awardRatio = BigDecimal.valueOf(thresholds.awardRatio());
        this.zone = zone;
    }

    /** The rules' verdict for a rep and month (NO_TARGET status when there is no target). */
    public TargetHealth evaluate(String repId, java.time.YearMonth month) {
        List<Opportunity> owned = opportunities.ofOwner(repId);
        return monthHealth(repId, month, owned, endOf(month), true);
    }

    @Override
    public Optional<RepTargetHealth> health(Rep rep, java.time.YearMonth month) {
        List<Opportunity> owned = opportunities.ofOwner(rep.id());
        var current = monthHealth(rep.id(), month, owned, endOf(month), true);
        if (current.status() == com.salesbot.core.rules.targethealth.TargetStatus.NO_TARGET) {
            return Optional.empty();
        }
        List<MonthlyHealth> period = new ArrayList<>();
        java.time.YearMonth quarterStart = month.withMonth(((month.getMonthValue() - 1) / 3) * 3 + 1);
        for (java.time.YearMonth m = quarterStart; m.isBefore(month); m = m.plusMonths(1)) {
            period.add(new MonthlyHealth(m, monthHealth(rep.id(), m, owned, endOf(m), false)));
        }
        period.add(new MonthlyHealth(month, current));
        AwardDecision decision = award.evaluate(period);
        AwardStatus status = decision.eligible() ? AwardStatus.ELIGIBLE
                : decision.monthsBelowFloor().isEmpty() && aboveAwardRatio(current) ? AwardStatus.ON_TRACK
                : AwardStatus.NOT_ELIGIBLE;
        return Optional.of(new RepTargetHealth(current, status));
    }

    private boolean aboveAwardRatio(TargetHealth h) {
        if (h.status() == com.salesbot.core.rules.targethealth.TargetStatus.MET) {
            return true;
        }
        return h.gapFen() > 0 && BigDecimal.valueOf(h.reserveFen())
                .compareTo(awardRatio.multiply(BigDecimal.valueOf(h.gapFen()))) > 0;
    }

    private TargetHealth monthHealth(String repId, java.time.YearMonth month,
                                                                          List<Opportunity> owned, long monthEnd,
                                                                          boolean current) {
        List<Target> target = targets.find(repId, month).map(List::of).orElse(List.of());
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<Payment> paid = payments.ofRepBetween(repId, from, monthEnd);
        List<Opportunity> reserve = current ? owned : owned.stream()
                .filter(o -> o.createdAt() < monthEnd)
                .filter(o -> o.status() == OpportunityStatus.OPEN || o.closedAt() >= monthEnd)
                .map(TargetHealthQuery::asOpen)
                .toList();
        return calculator.evaluate(Set.of(repId), month, target, paid, reserve);
    }

    private static Opportunity asOpen(Opportunity o) {
        return new Opportunity(o.id(), o.customerId(), o.ownerRepId(), o.amountFen(), o.stage(), o.needConfirmed(),
                o.budgetConfirmed(), o.decisionMakerKnown(), o.expectedClose(), OpportunityStatus.OPEN,
                o.largeAccount(), o.createdAt(), 0);
    }

    private long endOf(java.time.YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
