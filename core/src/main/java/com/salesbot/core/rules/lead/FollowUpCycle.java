package com.salesbot.core.rules.lead;

import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Touch;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 线索跟进周期 (lead follow-up cycle). A lead's follow-ups are the touches of its owner with its customer that start
 * after the lead was created ({@code firstTouchAt}, captured when the lead is entered) and, for a lead in a closed
 * stage, no later than it entered that stage (a lost lead: no later than it was marked lost). Its follow-up gaps are: creation to the first follow-up, then each
 * follow-up to the next. A gap belongs to the period in which it ends (the later follow-up starts in
 * {@code [from, to)}). The cycle of a rep (or a team, or everyone) is the mean length of those gaps in days
 * (24 h); empty when there is no gap in the period. A lead that was never followed up has no completed gap and
 * does not count (it shows in R6's dwell list instead).
 */
public final class FollowUpCycle {
    private static final double DAY_MS = 86_400_000d;

    private FollowUpCycle() {
    }

    /** Sum and number of gaps: the mean is {@code totalMillis / gaps}. */
    public record Gaps(long totalMillis, int gaps) {
        public static final Gaps NONE = new Gaps(0, 0);

        public Gaps plus(Gaps other) {
            return new Gaps(totalMillis + other.totalMillis, gaps + other.gaps);
        }

        /** Mean days, null when there is no gap. */
        public Double meanDays() {
            return gaps == 0 ? null : totalMillis / DAY_MS / gaps;
        }
    }

    /** Gaps per owner rep of the leads, counting gaps that end in {@code [from, to)}. */
    public static Map<String, Gaps> byRep(Collection<Lead> leads, Collection<Touch> touches, Set<String> closedStages,
                                         long from, long to) {
        Map<String, List<Long>> starts = new HashMap<>();
        for (Touch t : touches) {
            if (t.customerId() != null) {
                starts.computeIfAbsent(t.repId() + "\n" + t.customerId(), k -> new ArrayList<>()).add(t.startedAt());
            }
        }
        starts.values().forEach(l -> l.sort(Long::compare));
        Map<String, Gaps> out = new HashMap<>();
        for (Lead lead : leads) {
            List<Long> times = starts.getOrDefault(lead.ownerRepId() + "\n" + lead.customerId(), List.of());
            long end = lead.lost() ? lead.lostAt()
                    : closedStages.contains(lead.stage()) && lead.stageEnteredAt() > 0 ? lead.stageEnteredAt()
                    : Long.MAX_VALUE;
            long previous = lead.firstTouchAt();
            long total = 0;
            int n = 0;
            for (long at : times) {
                if (at <= lead.firstTouchAt() || at <= previous) {
                    continue;
                }
                if (at > end) {
                    break;
                }
                if (at >= from && at < to) {
                    total += at - previous;
                    n++;
                }
                previous = at;
            }
            if (n > 0) {
                out.merge(lead.ownerRepId(), new Gaps(total, n), Gaps::plus);
            }
        }
        return out;
    }

    /** All gaps of the given reps together. */
    public static Gaps of(Map<String, Gaps> byRep, Collection<String> repIds) {
        Gaps sum = Gaps.NONE;
        for (String id : repIds) {
            sum = sum.plus(byRep.getOrDefault(id, Gaps.NONE));
        }
        return sum;
    }

    /** Relative change from {@code before} to {@code now} (-0.4 = 40 % shorter), null when either is missing. */
    public static Double change(Double before, Double now) {
        return before == null || now == null || before == 0 ? null : (now - before) / before;
    }
}
