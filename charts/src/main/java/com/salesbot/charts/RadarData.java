package com.salesbot.charts;

import java.util.List;

/**
 * Capability radar (R13/R14): 3 to 8 axes, 1 to 3 series, all values between 0 and maxValue.
 *
 * @param title    e.g. 能力雷达
 * @param axes     Chinese axis names, clockwise from the top
 * @param maxValue the value at the rim, e.g. 100
 * @param series   e.g. 我 and 团队均值
 */
public record RadarData(String title, List<String> axes, double maxValue, List<RadarSeries> series) {

    public RadarData {
        HeatmapData.requireText(title, "title");
        if (axes == null || axes.size() < 3 || axes.size() > 8) {
            throw new IllegalArgumentException("axes must hold 3 to 8 names, got " + (axes == null ? "null" : axes.size()));
        }
        axes.forEach(a -> HeatmapData.requireText(a, "axis name"));
        if (!(maxValue > 0) || Double.isInfinite(maxValue)) {
            throw new IllegalArgumentException("maxValue must be above zero, got " + maxValue);
        }
        if (series == null || series.isEmpty() || series.size() > 3) {
            throw new IllegalArgumentException("series must hold 1 to 3 entries, got "
                    + (series == null ? "null" : series.size()));
        }
        for (RadarSeries s : series) {
            if (s.values().size() != axes.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values but there are " + axes.size() + " axes");
            }
            for (double v : s.values()) {
                if (v < 0 || v > maxValue) {
                    throw new IllegalArgumentException("series " + s.name() + " value " + v
                            + " is outside 0.." + maxValue);
                }
            }
        }
        axes = List.copyOf(axes);
        series = List.copyOf(series);
    }
}
