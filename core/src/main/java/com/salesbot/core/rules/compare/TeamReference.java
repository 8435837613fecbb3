package com.salesbot.core.rules.compare;

import java.util.Map;

/**
 * A team's TOP-group mean and median per metric, computed once per team and reused for every member's view.
 * Maps hold no entry for a metric without data.
 */
public record TeamReference(Map<ComparisonMetric, Double> topGroup, Map<ComparisonMetric, Double> median) {
    public TeamReference {
        topGroup = Map.copyOf(topGroup);
        median = Map.copyOf(median);
    }
}
