package com.salesbot.core.rules.activity;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Sudden zero (突然归零): on business day D a team fires when at least {@code suddenZeroMinReps} (3) of its steady
 * reps have 0 effective touches on D. A rep is steady when they are an active REP member, not on leave on D, and
 * had at least one effective touch on each of the {@code suddenZeroSteadyDays} (5) business days before D. Many
 * steady people dropping to nothing on the same day is far more likely a broken tool, client or callback than low
 * activity, so the digest says so and R5 holds back those reps' kits.
 */
public final class SuddenZeroDetector {
    private final BusinessCalendar calendar;
    private final int minReps;
    private final int steadyDays;

    public SuddenZeroDetector(BusinessCalendar calendar, Thresholds thresholds) {
        this.calendar = calendar;
        this.minReps = thresholds.suddenZeroMinReps();
        this.steadyDays = thresholds.suddenZeroSteadyDays();
    }

    /** The business days the counts must cover: the steady days and D itself, oldest first. */
    public List<LocalDate> window(LocalDate day) {
        return calendar.businessDaysEndingAt(day, steadyDays + 1);
    }

    /** The steady reps of one team that dropped to 0 on {@code day}, when there are enough of them. */
    public Optional<SuddenZero> firing(List<Rep> teamMembers, Collection<Absence> absences, DailyTouchCounts counts,
                                       LocalDate day) {
        if (!calendar.isBusinessDay(day)) {
            return Optional.empty();
        }
        List<LocalDate> window = window(day);
        if (!counts.days().containsAll(window)) {
            throw new IllegalArgumentException("counts do not cover " + window);
        }
        List<String> dropped = new ArrayList<>();
        for (Rep rep : SalesMembers.of(teamMembers)) {
            boolean away = absences.stream().anyMatch(a -> a.repId().equals(rep.id()) && a.covers(day));
            if (away || counts.count(rep.id(), day) > 0) {
                continue;
            }
            boolean steady = true;
            for (int d = 0; d < window.size() - 1 && steady; d++) {
                steady = counts.count(rep.id(), window.get(d)) > 0;
            }
            if (steady) {
                dropped.add(rep.id());
            }
        }
        return dropped.size() >= minReps ? Optional.of(new SuddenZero(day, dropped)) : Optional.empty();
    }

    /** Who dropped to zero on which day. */
    public record SuddenZero(LocalDate day, List<String> repIds) {
        public SuddenZero {
            repIds = List.copyOf(repIds);
        }
    }
}
