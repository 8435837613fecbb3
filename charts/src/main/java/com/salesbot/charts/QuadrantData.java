package com.salesbot.charts;

import java.util.List;

/**
 * Input of the R8 quadrant chart.
 *
 * @param names         the four quadrant names: top-left (low x, high y), top-right, bottom-left, bottom-right
 * @param points        reps; y null for a rep without a closed large account (listed under the chart)
 * @param unplacedLabel heading of that list, e.g. 攻坚待验证
 */
public record QuadrantData(String title, String xLabel, String yLabel, double xThreshold, double yThreshold,
                           List<String> names, String unplacedLabel, List<Point> points) {
    public record Point(String name, double x, Double y) {
    }

    public QuadrantData {
        HeatmapData.requireText(title, "title");
        if (names == null || names.size() != 4) {
            throw new IllegalArgumentException("four quadrant names are required");
        }
        names = List.copyOf(names);
        points = List.copyOf(points);
    }
}
