package com.salesbot.core.feature.targets.port;

import com.salesbot.core.model.Require;
import java.util.List;

/** A sales region (区域) between the company and its teams. */
public record Region(String id, String name, List<String> teamIds) {
    public Region {
        Require.text(id, "region id");
        Require.text(name, "region name");
        teamIds = List.copyOf(teamIds);
    }
}
