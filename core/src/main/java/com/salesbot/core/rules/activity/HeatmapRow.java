package com.salesbot.core.rules.activity;

import java.util.List;

/**
 * One rep's row of the heatmap.
 *
 * @param counts    effective touches per column, aligned with {@link Heatmap#days()}
 * @param yesterday effective touches on the last column (the previous business day, "昨日")
 */
public record HeatmapRow(String repId, String repName, List<Integer> counts, int yesterday) {
    public HeatmapRow {
        counts = List.copyOf(counts);
    }

    public int total() {
        return counts.stream().mapToInt(Integer::intValue).sum();
    }
}
