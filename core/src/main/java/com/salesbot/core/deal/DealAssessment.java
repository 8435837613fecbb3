package com.salesbot.core.deal;

import com.salesbot.core.rules.deal.DealHealth;
import com.salesbot.core.rules.deal.HealthyDealCheck;
import com.salesbot.core.rules.deal.SignedDeal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads R11's facts off a {@link Deal} and asks {@link HealthyDealCheck} (the one place the rule lives) for the
 * verdict. What counts:
 * <ul>
 *   <li>decision chain: the roles reached <em>with evidence</em>;</li>
 *   <li>customised service: a named annex signed by both sides counts as one clause;</li>
 *   <li>first payment: what has arrived by the day of the check;</li>
 *   <li>only-purchasing risk: purchasing is the only role ever reached (with or without evidence);</li>
 *   <li>standard-template risk: no annex at all;</li>
 *   <li>late first payment: only for 试用满意后付款 deals, days from signing until the payment arrived (or until
 *       the day of the check while it has not).</li>
 * </ul>
 */
public final class DealAssessment {
    private final HealthyDealCheck check;

    public DealAssessment(HealthyDealCheck check) {
        this.check = check;
    }

    public DealHealth assess(Deal deal, LocalDate today) {
        return check.check(facts(deal, today));
    }

    static SignedDeal facts(Deal deal, LocalDate today) {
        Set<String> evidenced = deal.roles().entrySet().stream().filter(e -> !e.getValue().isBlank())
                .map(e -> e.getKey().label()).collect(Collectors.toSet());
        boolean onlyPurchasing = deal.roles().keySet().equals(Set.of(DecisionRole.PURCHASING));
        long paid = deal.paidBy(today) ? deal.firstPaymentFen() : 0;
        int late = 0;
        if (deal.payAfterTrial()) {
            LocalDate until = deal.paidBy(today) ? deal.firstPaymentOn() : today;
            late = (int) Math.max(0, ChronoUnit.DAYS.between(deal.signedOn(), until));
        }
        return new SignedDeal(deal.opportunityId() == null ? deal.id() : deal.opportunityId(), deal.repId(),
                evidenced, deal.annexName() != null && deal.annexSignedByBoth() ? 1 : 0, deal.amountFen(), paid,
                deal.implementationWeek(), deal.csmBeforeSigning(), onlyPurchasing, deal.annexName() == null, late);
    }

    /** One line per piece of evidence behind the indicators, for the review card. */
    public static List<String> evidence(Deal deal) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<DecisionRole, String> role : deal.roles().entrySet()) {
            lines.add(role.getKey().label() + "：" + (role.getValue().isBlank() ? "暂无凭证" : role.getValue()));
        }
        if (deal.annexName() != null) {
            lines.add("附件：" + deal.annexName() + (deal.annexSignedByBoth() ? "（双方签章）" : "（未双方签章）"));
        }
        if (deal.firstPaymentOn() != null) {
            lines.add("首付款：" + deal.firstPaymentOn() + (deal.firstPaymentReceipt() == null ? ""
                    : "，回单 " + deal.firstPaymentReceipt()));
        }
        return lines;
    }
}
