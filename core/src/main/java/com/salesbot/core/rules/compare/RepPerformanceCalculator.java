package com.salesbot.core.rules.compare;

import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the R18 figures of a set of reps over a period {@code [from, to)} (epoch ms) in one pass over each list.
 * <ul>
 *   <li>effective touches: R3 touches started in the period;</li>
 *   <li>conversion: leads first touched in the period whose customer has an opportunity (any status, any time)
 *   owned by the same rep;</li>
 *   <li>win rate, average deal, cycle: opportunities closed ({@code closedAt}) in the period;</li>
 *   <li>repurchase: customers with a payment in the period; repeat when, within the period, they paid on at
 *   least two different business-zone dates.</li>
 * </ul>
 */
public final class RepPerformanceCalculator {
    private static final double DAY_MS = 86_400_000d;

    private final BusinessCalendar calendar;
    private final EffectiveTouchRule effective;

    public RepPerformanceCalculator(BusinessCalendar calendar, EffectiveTouchRule effective) {
        this.calendar = calendar;
        this.effective = effective;
    }

    public Map<String, RepPerformance> compute(List<Rep> reps, Collection<Touch> touches, Collection<Lead> leads,
                                               Collection<Opportunity> opportunities, Collection<Payment> payments,
                                               long from, long to) {
        Map<String, Acc> acc = new LinkedHashMap<>();
        for (Rep rep : reps) {
            acc.put(rep.id(), new Acc());
        }
        List<String> ids = new ArrayList<>(acc.keySet());
        RepIndex index = new RepIndex(ids);
        long[] touchCounts = new long[ids.size()];
        for (Touch t : touches) {
            long at = t.startedAt();
            if (at < from || at >= to || !effective.isEffective(t)) {
                continue;
            }
            int i = index.indexOf(t.repId());
            if (i >= 0) {
                touchCounts[i]++;
            }
        }
        for (int i = 0; i < ids.size(); i++) {
            acc.get(ids.get(i)).touches = touchCounts[i];
        }
        for (Opportunity o : opportunities) {
            Acc a = acc.get(o.ownerRepId());
            if (a == null) {
                continue;
            }
            if (o.customerId() != null) {
                a.opportunityCustomers.add(o.customerId());
            }
            if (o.status() != OpportunityStatus.OPEN && o.closedAt() >= from && o.closedAt() < to) {
                if (o.status() == OpportunityStatus.WON) {
                    a.won++;
                    a.wonFen += o.amountFen();
                    a.cycleDays += Math.max(0, o.closedAt() - o.createdAt()) / DAY_MS;
                } else {
                    a.lost++;
                }
            }
        }
        for (Lead l : leads) {
            Acc a = acc.get(l.ownerRepId());
            if (a != null && l.firstTouchAt() >= from && l.firstTouchAt() < to) {
                a.leads++;
                if (a.opportunityCustomers.contains(l.customerId())) {
                    a.converted++;
                }
            }
        }
        for (Payment p : payments) {
            Acc a = acc.get(p.repId());
            if (a != null && p.paidAt() >= from && p.paidAt() < to && p.customerId() != null) {
                a.paymentDays.computeIfAbsent(p.customerId(), k -> new HashSet<>()).add(calendar.dayOf(p.paidAt()));
            }
        }
        Map<String, RepPerformance> result = new LinkedHashMap<>();
        acc.forEach((id, a) -> result.put(id, a.toPerformance(id)));
        return result;
    }

    private static final class Acc {
        long touches;
        int leads;
        int converted;
        int won;
        int lost;
        long wonFen;
        double cycleDays;
        final Set<String> opportunityCustomers = new HashSet<>();
        final Map<String, Set<LocalDate>> paymentDays = new HashMap<>();

        RepPerformance toPerformance(String repId) {
            int repeat = (int) paymentDays.values().stream().filter(days -> days.size() >= 2).count();
            return new RepPerformance(repId, touches, leads, converted, won, lost, wonFen, cycleDays,
                    paymentDays.size(), repeat);
        }
    }
}
