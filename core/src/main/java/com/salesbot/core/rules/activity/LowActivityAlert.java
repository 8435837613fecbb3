package com.salesbot.core.rules.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * R5: a rep whose streak of low-activity business days reached the configured length on {@code streakDays}'s
 * last day. The lists are aligned, oldest first.
 *
 * @param counts    the rep's effective touches on each streak day
 * @param teamMeans the team mean on each streak day (present, evaluated reps only)
 */
public record LowActivityAlert(String repId, List<LocalDate> streakDays, List<Integer> counts, List<Double> teamMeans) {
    public LowActivityAlert {
        streakDays = List.copyOf(streakDays);
        counts = List.copyOf(counts);
        teamMeans = List.copyOf(teamMeans);
    }
}
