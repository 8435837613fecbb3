package com.salesbot.bot.schedule;

import java.util.function.Supplier;
import com.salesbot.charts.HeatmapData;
import com.salesbot.charts.HeatmapRenderer;
import com.salesbot.core.card.CardImage;
import com.salesbot.core.model.Team;
import com.salesbot.core.push.HeatmapImages;
import com.salesbot.core.rules.activity.Heatmap;
import com.salesbot.core.rules.activity.HeatmapRow;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** The R4 heatmap of a team as the digest card's PNG, drawn by the charts module. */
public final class HeatmapCardImages implements HeatmapImages {
    private final Supplier<HeatmapRenderer> renderer;

    public HeatmapCardImages(HeatmapRenderer renderer) {
        this(() -> renderer);
    }

    /** The renderer is asked for on the first digest, so the chart font does not slow down start-up. */
    public HeatmapCardImages(Supplier<HeatmapRenderer> renderer) {
        this.renderer = renderer;
    }

    @Override
    public CardImage render(Team team, Heatmap heatmap) {
        List<String> days = heatmap.days().stream().map(HeatmapCardImages::label).toList();
        HeatmapData data = new HeatmapData(team.name() + " · 昨日关键动作热力图",
                heatmap.rows().stream().map(HeatmapRow::repName).toList(), days,
                heatmap.rows().stream().map(HeatmapRow::counts).toList(), heatmap.days().indexOf(heatmap.yesterday()),
                "有效触达（次）");
        return new CardImage("heatmap-" + team.id() + ".png", renderer.get().render(data),
                team.name() + "最近" + days.size() + "个工作日的有效触达热力图");
    }

    static String label(LocalDate day) {
        return day.getMonthValue() + "/" + day.getDayOfMonth() + " "
                + day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE);
    }
}
