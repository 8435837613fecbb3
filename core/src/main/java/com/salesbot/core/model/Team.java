package com.salesbot.core.model;

/** A sales team (销售团队). */
public record Team(String id, String name) {
    public Team {
        Require.text(id, "team id");
        Require.text(name, "team name");
    }
}
