package com.salesbot.core.chat;

import com.salesbot.core.model.Rep;
import java.util.Objects;

/** Data scopes (docs/design.md, data rules): a rep sees their own numbers, a manager their team, a director everyone. */
public final class DataScope {
    private DataScope() {
    }

    public static boolean canView(Rep viewer, Rep subject) {
        if (viewer.id().equals(subject.id())) {
            return true;
        }
        return switch (viewer.role()) {
            case DIRECTOR -> true;
            case MANAGER -> Objects.equals(viewer.teamId(), subject.teamId());
            case REP -> false;
        };
    }
}
