package com.salesbot.core.rules.credibility;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * R20 数据可信度红黑榜, from data the bot already has.
 * <ul>
 *   <li>Lead-source accuracy: among the given leads of a rep whose source was later confirmed
 *   ({@code verifiedSourceChannel} not null), the share where the confirmed source equals the entered one
 *   (trimmed). Unchecked leads are not samples.</li>
 *   <li>Grade timeliness: among the customers a rep owns, the share with a grade set or updated at most
 *   {@code gradeUpdateDays} (30) calendar days (Shanghai dates) before {@code asOf}; ungraded customers are not
 *   timely.</li>
 * </ul>
 * Only active REP members with at least {@code credibilityMinSamples} samples are ranked. Red list: the
 * {@code redListSize} (3) highest rates (ties: more samples, then rep id). Black list: the {@code blackListSize}
 * (3) lowest rates (ties: more samples, then rep id), never a rep already on the red list, never a perfect rate.
 */
public final class CredibilityLists {
    private final BusinessCalendar calendar;
    private final int gradeDays;
    private final int redSize;
    private final int blackSize;
    private final int minSamples;

    public CredibilityLists(BusinessCalendar calendar, Thresholds thresholds) {
        this.calendar = calendar;
        this.gradeDays = thresholds.gradeUpdateDays();
        this.redSize = thresholds.redListSize();
        this.blackSize = thresholds.blackListSize();
        this.minSamples = thresholds.credibilityMinSamples();
    }

    public CredibilityList leadSourceAccuracy(List<Rep> reps, Collection<Lead> leads) {
        Map<String, int[]> tally = new HashMap<>();
        for (Lead lead : leads) {
            if (lead.verifiedSourceChannel() == null) {
                continue;
            }
            int[] t = tally.computeIfAbsent(lead.ownerRepId(), k -> new int[2]);
            t[1]++;
            if (lead.verifiedSourceChannel().strip().equals(lead.sourceChannel().strip())) {
                t[0]++;
            }
        }
        return rank(CredibilityMetric.LEAD_SOURCE_ACCURACY, reps, tally);
    }

    public CredibilityList gradeTimeliness(List<Rep> reps, Collection<Customer> customers, long asOf) {
        LocalDate today = calendar.dayOf(asOf);
        Map<String, int[]> tally = new HashMap<>();
        for (Customer c : customers) {
            if (c.ownerRepId() == null) {
                continue;
            }
            int[] t = tally.computeIfAbsent(c.ownerRepId(), k -> new int[2]);
            t[1]++;
            if (timely(c, today)) {
                t[0]++;
            }
        }
        return rank(CredibilityMetric.GRADE_TIMELINESS, reps, tally);
    }

    boolean timely(Customer c, LocalDate today) {
        if (c.grade() == null || c.grade().isBlank() || c.gradeUpdatedAt() <= 0) {
            return false;
        }
        long days = ChronoUnit.DAYS.between(calendar.dayOf(c.gradeUpdatedAt()), today);
        return days <= gradeDays;
    }

    private CredibilityList rank(CredibilityMetric metric, List<Rep> reps, Map<String, int[]> tally) {
        List<Entry> ranked = new ArrayList<>();
        List<String> unranked = new ArrayList<>();
        for (Rep rep : SalesMembers.of(reps)) {
            int[] t = tally.getOrDefault(rep.id(), new int[2]);
            if (t[1] < minSamples) {
                unranked.add(rep.id());
            } else {
                ranked.add(new Entry(rep, new Rate(t[0], t[1])));
            }
        }
        Comparator<Entry> bySamplesThenId = Comparator.comparingInt((Entry e) -> e.rate.samples()).reversed()
                .thenComparing(e -> e.rep.id());
        ranked.sort(Comparator.comparing((Entry e) -> e.rate).reversed().thenComparing(bySamplesThenId));
        List<RankedRep> red = new ArrayList<>();
        Set<String> onRed = new HashSet<>();
        for (int i = 0; i < Math.min(redSize, ranked.size()); i++) {
            Entry e = ranked.get(i);
            red.add(new RankedRep(i + 1, e.rep.id(), e.rep.name(), e.rate));
            onRed.add(e.rep.id());
        }
        List<Entry> worst = new ArrayList<>(ranked);
        worst.sort(Comparator.comparing((Entry e) -> e.rate).thenComparing(bySamplesThenId));
        List<RankedRep> black = new ArrayList<>();
        for (Entry e : worst) {
            if (black.size() == blackSize) {
                break;
            }
            if (!onRed.contains(e.rep.id()) && !e.rate.perfect()) {
                black.add(new RankedRep(black.size() + 1, e.rep.id(), e.rep.name(), e.rate));
            }
        }
        return new CredibilityList(metric, red, black, unranked);
    }

    private record Entry(Rep rep, Rate rate) {
    }
}
