package com.salesbot.core.push;

import com.salesbot.core.model.Team;
import java.time.LocalDate;
import java.util.List;

/** R12 compliance hits of a team's reps on a day, one line each with its evidence, for the digest card. */
@FunctionalInterface
public interface ComplianceAlerts {
    ComplianceAlerts NONE = (team, day) -> List.of();

    List<String> of(Team team, LocalDate day);
}
