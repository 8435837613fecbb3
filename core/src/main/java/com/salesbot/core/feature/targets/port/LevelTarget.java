package com.salesbot.core.feature.targets.port;

import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Require;
import com.salesbot.core.rules.decay.OrgLevel;

/** The target one level states for a quarter: the company ("company"), a region or a team (by id). */
public record LevelTarget(OrgLevel level, String scopeId, Quarter quarter, long amountFen) {
    public LevelTarget {
        Require.present(level, "level");
        Require.text(scopeId, "scope id");
        Require.present(quarter, "quarter");
        Require.notNegative(amountFen, "target amount");
        if (level == OrgLevel.REP) {
            throw new IllegalArgumentException("rep targets are the monthly targets; record company, region or team");
        }
    }
}
