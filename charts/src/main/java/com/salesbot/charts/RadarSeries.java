package com.salesbot.charts;

import java.util.List;

/** One polygon of the radar, e.g. 我 or 团队均值, with one value per axis. */
public record RadarSeries(String name, List<Double> values) {

    public RadarSeries {
        HeatmapData.requireText(name, "series name");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("series " + name + " needs values");
        }
        for (Double value : values) {
            if (value == null || value.isNaN()) {
                throw new IllegalArgumentException("series " + name + " has a missing value");
            }
        }
        values = List.copyOf(values);
    }
}
