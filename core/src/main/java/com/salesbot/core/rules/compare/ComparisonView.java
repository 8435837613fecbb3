package com.salesbot.core.rules.compare;

import com.salesbot.core.config.Thresholds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * R18 我的对比视图: six comparisons of a rep with their own team, never with a bare global average. Five compare with
 * the team's TOP group (the best {@code comparisonTopN} figures, requester included, averaged) and the team median;
 * the repurchase rate compares with the configured industry benchmark. Reps without data for a figure are left
 * out of that figure's TOP group and median.
 */
public final class ComparisonView {
    private final int topN;

    public ComparisonView(Thresholds thresholds) {
        this.topN = thresholds.comparisonTopN();
    }

    /**
     * @param team                 performance of every rep of the requester's team, by rep id
     * @param repurchaseBenchmark  the industry repurchase rate (0..1), null when not configured
     */
    public List<Comparison> compare(String repId, Map<String, RepPerformance> team, Double repurchaseBenchmark) {
        return compare(team.get(repId), reference(team.values()), repurchaseBenchmark);
    }

    /** The team's reference figures; compute once per team when building every member's view. */
    public TeamReference reference(Collection<RepPerformance> team) {
        Map<ComparisonMetric, Double> top = new EnumMap<>(ComparisonMetric.class);
        Map<ComparisonMetric, Double> median = new EnumMap<>(ComparisonMetric.class);
        for (ComparisonMetric metric : ComparisonMetric.values()) {
            if (metric == ComparisonMetric.REPURCHASE_RATE) {
                continue;
            }
            List<Double> values = values(team, metric);
            if (!values.isEmpty()) {
                top.put(metric, top(values, metric));
                median.put(metric, median(values));
            }
        }
        return new TeamReference(top, median);
    }

    /** The six rows for one rep ({@code me} null when the rep has no figures). */
    public List<Comparison> compare(RepPerformance me, TeamReference reference, Double repurchaseBenchmark) {
        List<Comparison> rows = new ArrayList<>(6);
        for (ComparisonMetric metric : ComparisonMetric.values()) {
            Double mine = me == null ? null : me.value(metric);
            if (metric == ComparisonMetric.REPURCHASE_RATE) {
                rows.add(new Comparison(metric, mine, null, null, repurchaseBenchmark));
            } else {
                rows.add(new Comparison(metric, mine, reference.topGroup().get(metric),
                        reference.median().get(metric), null));
            }
        }
        return rows;
    }

    private static List<Double> values(Collection<RepPerformance> team, ComparisonMetric metric) {
        List<Double> values = new ArrayList<>();
        for (RepPerformance p : team) {
            Double v = p.value(metric);
            if (v != null) {
                values.add(v);
            }
        }
        values.sort(Comparator.naturalOrder());
        return values;
    }

    private Double top(List<Double> ascending, ComparisonMetric metric) {
        if (ascending.isEmpty()) {
            return null;
        }
        int n = Math.min(topN, ascending.size());
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += metric.higherIsBetter() ? ascending.get(ascending.size() - 1 - i) : ascending.get(i);
        }
        return sum / n;
    }

    static Double median(List<Double> ascending) {
        int n = ascending.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? ascending.get(n / 2) : (ascending.get(n / 2 - 1) + ascending.get(n / 2)) / 2;
    }
}
