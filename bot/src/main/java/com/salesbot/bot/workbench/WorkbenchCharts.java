package com.salesbot.bot.workbench;

import com.salesbot.charts.HeatmapData;
import com.salesbot.charts.HeatmapRenderer;
import com.salesbot.core.rules.activity.Heatmap;
import com.salesbot.core.rules.activity.HeatmapRow;
import com.salesbot.core.workbench.WorkbenchQueries;
import java.util.function.Supplier;

/** The charts module draws the page's heatmap PNG; the font loads on the first chart. */
public final class WorkbenchCharts {
    private final Supplier<HeatmapRenderer> heatmap;

    public WorkbenchCharts(Supplier<HeatmapRenderer> heatmap) {
        this.heatmap = heatmap;
    }

    public byte[] heatmap(String teamName, Heatmap map) {
        return heatmap.get().render(new HeatmapData(teamName + " · 近" + map.days().size() + "个工作日有效触达",
                map.rows().stream().map(HeatmapRow::repName).toList(),
                map.days().stream().map(WorkbenchQueries::dayLabel).toList(),
                map.rows().stream().map(HeatmapRow::counts).toList(), map.days().size() - 1, "有效触达（次）"));
    }
}
