package com.salesbot.core.rules.lead;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Lead;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * R6 线索停留时长 TOP-N: the {@code dwellTopN} (10) leads that have stayed longest in their current stage.
 * Days are calendar days between the Shanghai date the lead entered the stage and the Shanghai date of "now"
 * (entered yesterday at 23:59 → 1 day). A lead without a stage-entry time counts from its first touch. Leads in a
 * closed stage (configured, e.g. won) and lost leads (输单) are left out. Ties: earlier entry first, then lower id.
 */
public final class LeadDwellRanking {
    private static final Comparator<LeadDwell> LONGEST_FIRST = Comparator.comparingLong(LeadDwell::days).reversed()
            .thenComparingLong(d -> enteredAt(d.lead()))
            .thenComparingLong(d -> d.lead().id());

    private final BusinessCalendar calendar;
    private final int topN;

    public LeadDwellRanking(BusinessCalendar calendar, Thresholds thresholds) {
        this.calendar = calendar;
        this.topN = thresholds.dwellTopN();
    }

    public List<LeadDwell> top(Collection<Lead> leads, long now, Set<String> closedStages) {
        LocalDate today = calendar.dayOf(now);
        PriorityQueue<LeadDwell> heap = new PriorityQueue<>(LONGEST_FIRST.reversed());
        for (Lead lead : leads) {
            if (lead.lost() || closedStages.contains(lead.stage())) {
                continue;
            }
            heap.add(new LeadDwell(lead, days(lead, today)));
            if (heap.size() > topN) {
                heap.poll();
            }
        }
        List<LeadDwell> result = new ArrayList<>(heap);
        result.sort(LONGEST_FIRST);
        return result;
    }

    /** Whole calendar days in the current stage, never negative. */
    public long days(Lead lead, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(calendar.dayOf(enteredAt(lead)), today));
    }

    private static long enteredAt(Lead lead) {
        return lead.stageEnteredAt() > 0 ? lead.stageEnteredAt() : lead.firstTouchAt();
    }
}
