package com.salesbot.core.feature.targets.port;

import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.targetplan.PlanKind;
import java.util.Map;
import java.util.Optional;

/** Target-sandbox sessions, their plans and the team's ballots. */
public interface TargetPlanStore {
    /** Stores a new session with its three plans; returns it with its id. */
    PlanSession create(PlanSession session);

    Optional<PlanSession> find(long id);

    /** The newest session of the team's quarter. */
    Optional<PlanSession> latest(String teamId, Quarter quarter);

    /** Casts or replaces the voter's ballot; false (nothing written) when the session is closed or unknown. */
    boolean vote(long sessionId, String voterId, PlanKind kind, long at);

    /** Voter id -> choice. */
    Map<String, PlanKind> ballots(long sessionId);

    /** Closes the vote on the chosen plan; false when already closed or unknown (first confirmation wins). */
    boolean confirm(long sessionId, PlanKind kind, String by, long at);
}
