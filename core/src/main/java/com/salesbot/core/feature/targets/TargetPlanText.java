package com.salesbot.core.feature.targets;

import com.salesbot.core.rules.capability.Quadrant;
import com.salesbot.core.rules.targetplan.PlanKind;

/** How plans and quadrants are named outside core (API views): codes for machines, labels for people. */
public final class TargetPlanText {
    private TargetPlanText() {
    }

    public static String code(PlanKind kind) {
        return kind == null ? null : kind.name();
    }

    public static String label(PlanKind kind) {
        return kind.label();
    }

    public static String label(Quadrant quadrant) {
        return quadrant == null ? null : quadrant.label();
    }
}
