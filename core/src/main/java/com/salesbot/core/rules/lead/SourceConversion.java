package com.salesbot.core.rules.lead;

import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lead-source conversion for the director: of the leads created in a period ({@code firstTouchAt} in
 * {@code [from, to)}), each source's share, and how many of them converted to an opportunity (an opportunity of the
 * same customer exists) and to won (one of the customer's opportunities is WON), as known now. Sources with most
 * new leads first, ties by source name.
 */
public final class SourceConversion {
    private SourceConversion() {
    }

    /** One source: new leads, share of all new leads, converted to opportunity and to won. */
    public record Row(String source, int leads, double share, int toOpportunity, int toWon) {
        public double opportunityRate() {
            return leads == 0 ? 0 : (double) toOpportunity / leads;
        }

        public double wonRate() {
            return leads == 0 ? 0 : (double) toWon / leads;
        }
    }

    public static List<Row> compute(Collection<Lead> leads, Collection<Opportunity> opportunities, long from, long to) {
        Set<String> withOpportunity = new HashSet<>();
        Set<String> won = new HashSet<>();
        for (Opportunity o : opportunities) {
            if (o.customerId() != null) {
                withOpportunity.add(o.customerId());
                if (o.status() == OpportunityStatus.WON) {
                    won.add(o.customerId());
                }
            }
        }
        Map<String, int[]> bySource = new LinkedHashMap<>();
        int total = 0;
        for (Lead l : leads) {
            if (l.firstTouchAt() < from || l.firstTouchAt() >= to) {
                continue;
            }
            total++;
            int[] c = bySource.computeIfAbsent(l.sourceChannel(), k -> new int[3]);
            c[0]++;
            c[1] += withOpportunity.contains(l.customerId()) ? 1 : 0;
            c[2] += won.contains(l.customerId()) ? 1 : 0;
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : bySource.entrySet()) {
            int[] c = e.getValue();
            rows.add(new Row(e.getKey(), c[0], (double) c[0] / total, c[1], c[2]));
        }
        rows.sort(Comparator.comparingInt(Row::leads).reversed().thenComparing(Row::source));
        return rows;
    }
}
