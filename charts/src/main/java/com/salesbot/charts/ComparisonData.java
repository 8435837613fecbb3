package com.salesbot.charts;

import java.util.List;

/**
 * R18 comparison: each metric compared across the same series (e.g. 我 / 团队TOP3均值 / 团队中位数).
 *
 * @param title       e.g. 我的对比
 * @param seriesNames 2 to 4 series, in the order of each metric's values
 * @param metrics     1 to 8 metrics
 */
public record ComparisonData(String title, List<String> seriesNames, List<MetricBars> metrics) {

    public static final List<String> ME_TOP3_MEDIAN = List.of("我", "团队TOP3均值", "团队中位数");

    public ComparisonData {
        HeatmapData.requireText(title, "title");
        if (seriesNames == null || seriesNames.size() < 2 || seriesNames.size() > 4) {
            throw new IllegalArgumentException("seriesNames must hold 2 to 4 names, got "
                    + (seriesNames == null ? "null" : seriesNames.size()));
        }
        seriesNames.forEach(n -> HeatmapData.requireText(n, "series name"));
        if (metrics == null || metrics.isEmpty() || metrics.size() > 8) {
            throw new IllegalArgumentException("metrics must hold 1 to 8 metrics, got "
                    + (metrics == null ? "null" : metrics.size()));
        }
        for (MetricBars metric : metrics) {
            if (metric.values().size() != seriesNames.size()) {
                throw new IllegalArgumentException("metric " + metric.name() + " has " + metric.values().size()
                        + " values but there are " + seriesNames.size() + " series");
            }
        }
        seriesNames = List.copyOf(seriesNames);
        metrics = List.copyOf(metrics);
    }

    /** Me vs the team TOP3 average vs the team median. */
    public static ComparisonData meVsTop3VsMedian(String title, List<MetricBars> metrics) {
        return new ComparisonData(title, ME_TOP3_MEDIAN, metrics);
    }
}
