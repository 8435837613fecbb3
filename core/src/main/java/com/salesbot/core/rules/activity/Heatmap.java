package com.salesbot.core.rules.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * R4 昨日关键动作热力图: rows are reps, columns the last N business days before the report day, oldest first.
 *
 * @param yesterday the marked column: the last business day before the report day (on a Monday, the Friday)
 */
public record Heatmap(List<LocalDate> days, LocalDate yesterday, List<HeatmapRow> rows) {
    public Heatmap {
        days = List.copyOf(days);
        rows = List.copyOf(rows);
    }

    /** The largest cell, for colour scaling; 0 for an empty map. */
    public int maxCount() {
        return rows.stream().flatMap(r -> r.counts().stream()).mapToInt(Integer::intValue).max().orElse(0);
    }
}
