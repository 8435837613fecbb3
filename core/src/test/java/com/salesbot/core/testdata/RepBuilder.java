package com.salesbot.core.testdata;

import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import java.time.LocalDate;

/** Test-data builder for {@link Rep}: an active rep of team T1 who joined long ago unless told otherwise. */
public final class RepBuilder {
    private final String id;
    private String name;
    private String teamId = "T1";
    private Role role = Role.REP;
    private LocalDate joinedOn = LocalDate.of(2020, 1, 1);
    private boolean active = true;

    private RepBuilder(String id) {
        this.id = id;
        this.name = "销售" + id;
    }

    public static RepBuilder rep(String id) {
        return new RepBuilder(id);
    }

    public static Rep manager(String id, String teamId) {
        return rep(id).role(Role.MANAGER).team(teamId).build();
    }

    public static Rep director(String id) {
        return rep(id).role(Role.DIRECTOR).team(null).build();
    }

    public RepBuilder name(String value) {
        this.name = value;
        return this;
    }

    public RepBuilder team(String value) {
        this.teamId = value;
        return this;
    }

    public RepBuilder role(Role value) {
        this.role = value;
        return this;
    }

    public RepBuilder joined(LocalDate value) {
        this.joinedOn = value;
        return this;
    }

    public RepBuilder inactive() {
        this.active = false;
        return this;
    }

    public Rep build() {
        return new Rep(id, name, teamId, role, "wx-" + id, "dt-" + id, joinedOn, active);
    }
}
