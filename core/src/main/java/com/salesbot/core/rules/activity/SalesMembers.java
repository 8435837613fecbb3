package com.salesbot.core.rules.activity;

import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import java.util.List;

/** The people whose activity is measured (R4, R5, R18): active members with the role REP. Managers are left out. */
public final class SalesMembers {
    private SalesMembers() {
    }

    public static boolean counts(Rep rep) {
        return rep.active() && rep.role() == Role.REP;
    }

    public static List<Rep> of(List<Rep> members) {
        return members.stream().filter(SalesMembers::counts).toList();
    }
}
