package com.salesbot.core.feature.targets.port;

import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.targetplan.PlanKind;
import com.salesbot.core.rules.targetplan.TargetPlan;
import java.util.List;
import java.util.Optional;

/**
 * One run of the target sandbox for a team's quarter: the three plans as computed, the vote, the confirmation.
 *
 * @param id            0 before it is stored
 * @param confirmedKind null while the vote is open; set once the manager confirmed (the vote is then closed)
 */
public record PlanSession(long id, String teamId, Quarter quarter, List<TargetPlan> plans, String createdBy,
                          long createdAt, PlanKind confirmedKind, String confirmedBy, long confirmedAt) {
    public PlanSession {
        plans = List.copyOf(plans);
    }

    public boolean open() {
        return confirmedKind == null;
    }

    public Optional<TargetPlan> plan(PlanKind kind) {
        return plans.stream().filter(p -> p.kind() == kind).findFirst();
    }

    public PlanSession withId(long newId) {
        return new PlanSession(newId, teamId, quarter, plans, createdBy, createdAt, confirmedKind, confirmedBy,
                confirmedAt);
    }
}
