package com.salesbot.charts;

import java.util.List;

/**
 * One metric of the comparison chart, e.g. 转化率 in "%".
 *
 * @param name   Chinese metric name
 * @param unit   unit shown after each value, e.g. "%", "次", "万元"; may be empty
 * @param values one value per series of the chart, not negative
 */
public record ComparisonMetric(String name, String unit, List<Double> values) {

    public ComparisonMetric {
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
