package com.salesbot.core.rules.lead;

import com.salesbot.core.model.Lead;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why leads were lost (输单原因), for the director's monthly lead-source view: of the leads marked lost in
 * {@code [from, to)} ({@code lostAt}), how many per reason code and that count's share of all of them. Most
 * frequent reason first, ties by code.
 */
public final class LostReasonShare {
    private LostReasonShare() {
    }

    /** One reason: lost leads and their share of all leads lost in the period. */
    public record Row(String reason, int leads, double share) {
    }

    public static List<Row> compute(Collection<Lead> leads, long from, long to) {
        Map<String, Integer> byReason = new LinkedHashMap<>();
        int total = 0;
        for (Lead l : leads) {
            if (!l.lost() || l.lostAt() < from || l.lostAt() >= to) {
                continue;
            }
            total++;
            byReason.merge(l.lostReason(), 1, Integer::sum);
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Integer> e : byReason.entrySet()) {
            rows.add(new Row(e.getKey(), e.getValue(), (double) e.getValue() / total));
        }
        rows.sort(Comparator.comparingInt(Row::leads).reversed().thenComparing(Row::reason));
        return rows;
    }
}
