package com.salesbot.core.push;

import com.salesbot.core.card.CardImage;
import com.salesbot.core.model.Team;
import com.salesbot.core.rules.activity.Heatmap;

/** Renders the R4 heatmap of a team as a card image (the charts module in the bot); null for no image. */
@FunctionalInterface
public interface HeatmapImages {
    HeatmapImages NONE = (team, heatmap) -> null;

    CardImage render(Team team, Heatmap heatmap);
}
