package com.salesbot.core.bonus;

import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.scope.DataScope;
import com.salesbot.core.scope.ScopeKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R21 LTV排行榜 (definitions in docs/incentives.md). A customer's LTV = revenue realised to date (payments from that
 * customer) + the not-yet-paid remainder of its signed renewals (renewal amount - that renewal's first payment).
 * The customers a rep serves are those they own plus those they signed a deal with. A rep's LTV is the sum over
 * those customers; next to it the mean per customer. Ranked by the rep's LTV, then by name.
 */
public final class LtvBoard {
    private final OrgStore org;
    private final CustomerStore customers;
    private final PaymentStore payments;
    private final DealStore deals;

    public LtvBoard(OrgStore org, CustomerStore customers, PaymentStore payments, DealStore deals) {
        this.org = org;
        this.customers = customers;
        this.payments = payments;
        this.deals = deals;
    }

    public record Row(int rank, Rep rep, long ltvFen, int customers, long meanFen, boolean highlight) {
    }

    /** The board the viewer may see: their team (a rep or manager), all sales reps (a director). */
    public List<Row> board(Rep viewer, long now) {
        DataScope scope = DataScope.of(viewer);
        if (scope.kind() == ScopeKind.NONE) {
            return List.of();
        }
        List<Rep> reps = org.reps().stream().filter(SalesMembers::counts)
                .filter(r -> scope.kind() == ScopeKind.ALL || (r.teamId() != null && r.teamId().equals(viewer.teamId())))
                .toList();
        return rank(reps, now, viewer.id());
    }

    /** The board of one team (for the monthly push to its managers). */
    public List<Row> team(String teamId, long now) {
        return rank(org.repsOfTeam(teamId).stream().filter(SalesMembers::counts).toList(), now,
                null);
    }

    private List<Row> rank(List<Rep> reps, long now, String highlightId) {
        Map<String, Long> ltv = customerLtv(now);
        Map<String, Set<String>> served = new HashMap<>();
        for (Customer c : customers.all()) {
            if (c.ownerRepId() != null) {
                served.computeIfAbsent(c.ownerRepId(), k -> new HashSet<>()).add(c.id());
            }
        }
        for (Deal d : deals.all()) {
            served.computeIfAbsent(d.repId(), k -> new HashSet<>()).add(d.customerId());
        }
        List<Row> rows = new ArrayList<>();
        for (Rep rep : reps) {
            Set<String> mine = served.getOrDefault(rep.id(), Set.of());
            long total = mine.stream().mapToLong(c -> ltv.getOrDefault(c, 0L)).sum();
            long mean = mine.isEmpty() ? 0 : Math.round((double) total / mine.size());
            rows.add(new Row(0, rep, total, mine.size(), mean, rep.id().equals(highlightId)));
        }
        rows.sort(Comparator.comparingLong(Row::ltvFen).reversed().thenComparing(r -> r.rep().name()));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            ranked.add(new Row(i + 1, r.rep(), r.ltvFen(), r.customers(), r.meanFen(), r.highlight()));
        }
        return ranked;
    }

    /** Each customer's LTV in fen as of {@code now}. */
    public Map<String, Long> customerLtv(long now) {
        Map<String, Long> ltv = new HashMap<>();
        for (Payment p : payments.between(0, now + 1)) {
            if (p.customerId() != null) {
                ltv.merge(p.customerId(), p.amountFen(), Long::sum);
            }
        }
        for (Deal d : deals.all()) {
            if (d.renewalOf() != null) {
                ltv.merge(d.customerId(), Math.max(0, d.amountFen() - d.firstPaymentFen()), Long::sum);
            }
        }
        return ltv;
    }
}
