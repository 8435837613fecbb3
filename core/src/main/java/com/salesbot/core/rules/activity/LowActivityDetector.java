package com.salesbot.core.rules.activity;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * R5 低活跃: a rep fires on business day D when D ends a run of exactly {@code lowActivityDays} (3) consecutive
 * business days on which the rep's effective touches were below {@code lowActivityRatio} (60%) of the team mean.
 * Because the run must be exactly that long on D, a rep fires once per streak without stored state: day 4 of the
 * same streak does not fire again; a broken streak must build up again.
 *
 * <p>On each day the rep is <em>evaluated</em> only when: active REP member, past the new-joiner grace
 * ({@code newJoinerGraceDays} business days counted from {@code joinedOn}), and not covered by an {@link Absence}.
 * The team mean is taken over the evaluated reps of that day. A day with fewer than two evaluated reps (a team
 * of one) is not evaluated for anyone. A day on which the rep is not evaluated breaks the rep's streak.
 */
public final class LowActivityDetector {
    private static final int MIN_TEAM = 2;

    private final BusinessCalendar calendar;
    private final EffectiveTouchRule effective;
    private final BigDecimal ratio;
    private final int streakDays;
    private final int graceDays;

    public LowActivityDetector(BusinessCalendar calendar, Thresholds thresholds) {
        this.calendar = calendar;
        this.effective = new EffectiveTouchRule(thresholds);
        this.ratio = BigDecimal.valueOf(thresholds.lowActivityRatio());
        this.streakDays = thresholds.lowActivityDays();
        this.graceDays = thresholds.newJoinerGraceDays();
        if (streakDays < 1) {
            throw new IllegalArgumentException("low activity streak must be at least one day: " + streakDays);
        }
    }

    /** The business days whose counts {@link #firing(List, Collection, DailyTouchCounts, LocalDate)} needs. */
    public List<LocalDate> window(LocalDate day) {
        return calendar.businessDaysEndingAt(day, streakDays + 1);
    }

    /** Who of one team fires on {@code day} (normally the previous business day, evaluated the next morning). */
    public List<LowActivityAlert> firing(List<Rep> teamMembers, Collection<Absence> absences,
                                         Collection<Touch> touches, LocalDate day) {
        if (!calendar.isBusinessDay(day)) {
            return List.of();
        }
        return firing(teamMembers, absences, DailyTouchCounts.tally(touches, window(day), calendar, effective), day);
    }

    /**
     * Same, from counts tallied over (at least) {@link #window(LocalDate)}; one tally can serve every team.
     */
    public List<LowActivityAlert> firing(List<Rep> teamMembers, Collection<Absence> absences, DailyTouchCounts counts,
                                         LocalDate day) {
        if (!calendar.isBusinessDay(day)) {
            return List.of();
        }
        List<LocalDate> window = window(day);
        List<Rep> members = SalesMembers.of(teamMembers);
        Map<String, List<Absence>> absent = byRep(absences, members);
        int n = window.size();
        int[] dayIdx = new int[n];
        boolean[][] evaluated = new boolean[members.size()][n];
        int[][] count = new int[members.size()][n];
        double[] means = new double[n];
        boolean[][] low = new boolean[members.size()][n];
        for (int d = 0; d < n; d++) {
            LocalDate date = window.get(d);
            dayIdx[d] = counts.days().indexOf(date);
            if (dayIdx[d] < 0) {
                throw new IllegalArgumentException("counts do not cover " + date);
            }
            LocalDate joinedBy = calendar.businessDaysEndingAt(date, graceDays + 1).get(0);
            int present = 0;
            long sum = 0;
            for (int r = 0; r < members.size(); r++) {
                Rep rep = members.get(r);
                boolean eval = (rep.joinedOn() == null || !rep.joinedOn().isAfter(joinedBy))
                        && !isAbsent(absent.get(rep.id()), date);
                evaluated[r][d] = eval;
                if (eval) {
                    count[r][d] = counts.count(rep.id(), dayIdx[d]);
                    present++;
                    sum += count[r][d];
                }
            }
            if (present < MIN_TEAM) {
                for (int r = 0; r < members.size(); r++) {
                    evaluated[r][d] = false;
                }
                continue;
            }
            means[d] = (double) sum / present;
            // count < ratio * sum / present  <=>  count * present < ratio * sum, exact in decimal
            BigDecimal limit = ratio.multiply(BigDecimal.valueOf(sum));
            for (int r = 0; r < members.size(); r++) {
                low[r][d] = evaluated[r][d]
                        && BigDecimal.valueOf((long) count[r][d] * present).compareTo(limit) < 0;
            }
        }
        List<LowActivityAlert> alerts = new ArrayList<>();
        for (int r = 0; r < members.size(); r++) {
            int streak = 0;
            for (int d = 0; d < n; d++) {
                streak = low[r][d] ? streak + 1 : 0;
            }
            if (streak == streakDays) {
                alerts.add(alert(members.get(r).id(), window, count[r], means, n - streakDays));
            }
        }
        return alerts;
    }

    private static LowActivityAlert alert(String repId, List<LocalDate> window, int[] counts, double[] means, int from) {
        List<Integer> c = new ArrayList<>();
        List<Double> m = new ArrayList<>();
        for (int d = from; d < window.size(); d++) {
            c.add(counts[d]);
            m.add(means[d]);
        }
        return new LowActivityAlert(repId, window.subList(from, window.size()), c, m);
    }

    /** Absences of the members only, by rep: a company-wide absence list is shared by every team's call. */
    private static Map<String, List<Absence>> byRep(Collection<Absence> absences, List<Rep> members) {
        Map<String, List<Absence>> map = new HashMap<>();
        for (Rep rep : members) {
            map.put(rep.id(), null);
        }
        for (Absence a : absences) {
            if (map.containsKey(a.repId())) {
                List<Absence> list = map.get(a.repId());
                if (list == null) {
                    list = new ArrayList<>(2);
                    map.put(a.repId(), list);
                }
                list.add(a);
            }
        }
        return map;
    }

    private static boolean isAbsent(List<Absence> absences, LocalDate day) {
        if (absences == null) {
            return false;
        }
        for (Absence a : absences) {
            if (a.covers(day)) {
                return true;
            }
        }
        return false;
    }
}
