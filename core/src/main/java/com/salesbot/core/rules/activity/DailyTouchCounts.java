package com.salesbot.core.rules.activity;

import com.salesbot.core.model.Touch;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Effective touches per rep per day, for a fixed list of days (usually business days). A touch belongs to the
 * day of its start time in the business zone; touches outside the listed days are ignored. Built in one pass
 * over the touches (binary search of the day), so it is O(touches × log days).
 */
public final class DailyTouchCounts {
    private final List<LocalDate> days;
    private final Map<String, int[]> countsByRep;

    private DailyTouchCounts(List<LocalDate> days, Map<String, int[]> countsByRep) {
        this.days = days;
        this.countsByRep = countsByRep;
    }

    /**
     * @param days ascending, distinct days
     */
    public static DailyTouchCounts tally(Collection<Touch> touches, List<LocalDate> days, BusinessCalendar calendar,
                                         EffectiveTouchRule rule) {
        List<LocalDate> sorted = List.copyOf(days);
        int n = sorted.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && !sorted.get(i).isAfter(sorted.get(i - 1))) {
                throw new IllegalArgumentException("days must be ascending and distinct: " + sorted);
            }
            starts[i] = calendar.startOf(sorted.get(i));
            ends[i] = calendar.startOf(sorted.get(i).plusDays(1));
        }
        Map<String, int[]> counts = new HashMap<>();
        if (n == 0) {
            return new DailyTouchCounts(sorted, counts);
        }
        long windowStart = starts[0];
        long windowEnd = ends[n - 1];
        String lastRep = null;
        int[] last = null;
        for (Touch t : touches) {
            long at = t.startedAt();
            if (at < windowStart || at >= windowEnd || !rule.isEffective(t)) {
                continue;
            }
            int idx = dayIndex(starts, at);
            if (at < ends[idx]) {
                if (t.repId() != lastRep) { // identity: a cheap hit for runs of one rep, else a map lookup
                    lastRep = t.repId();
                    last = counts.computeIfAbsent(lastRep, k -> new int[n]);
                }
                last[idx]++;
            }
        }
        return new DailyTouchCounts(sorted, counts);
    }

    /** Index of the last day starting at or before {@code at}. */
    private static int dayIndex(long[] starts, long at) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= at) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    public List<LocalDate> days() {
        return days;
    }

    /** Effective touches of the rep on the day at {@code dayIndex}; 0 when none. */
    public int count(String repId, int dayIndex) {
        int[] c = countsByRep.get(repId);
        return c == null ? 0 : c[dayIndex];
    }

    /** Effective touches of the rep on the given day; 0 when none or the day is not in the list. */
    public int count(String repId, LocalDate day) {
        int idx = days.indexOf(day);
        return idx < 0 ? 0 : count(repId, idx);
    }
}
