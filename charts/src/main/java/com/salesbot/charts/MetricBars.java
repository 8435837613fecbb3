package com.salesbot.charts;

import java.util.List;

/**
 * One metric of the comparison chart, e.g. 转化率 in "%": a group of bars, one per series. (The metrics themselves
 * and which direction is better are core's {@code rules.compare.ComparisonMetric}; this is only what is drawn.)
 *
 * @param name   Chinese metric name
 * @param unit   unit shown after each value, e.g. "%", "次", "万元"; may be empty
 * @param values one value per series of the chart, not negative
 */
public record MetricBars(String name, String unit, List<Double> values) {

    public MetricBars {
        HeatmapData.requireText(name, "metric name");
        unit = unit == null ? "" : unit;
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("metric " + name + " needs values");
        }
        for (Double value : values) {
            if (value == null || value.isNaN() || value < 0) {
                throw new IllegalArgumentException("metric " + name + " has a missing or negative value: " + value);
            }
        }
        values = List.copyOf(values);
    }

    public double max() {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
}
