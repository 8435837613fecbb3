package com.salesbot.core.rules.activity;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * R4: builds the heatmap for a report day (the morning the card is sent). Columns are the
 * {@code heatmapDays} (7) business days strictly before the report day; rows are the active REP members in
 * the order given; weekends, holidays and today are not columns, touches on them are not counted.
 */
public final class HeatmapBuilder {
    private final BusinessCalendar calendar;
    private final EffectiveTouchRule effective;
    private final int columns;

    public HeatmapBuilder(BusinessCalendar calendar, Thresholds thresholds) {
        this.calendar = calendar;
        this.effective = new EffectiveTouchRule(thresholds);
        this.columns = thresholds.heatmapDays();
        if (columns < 1) {
            throw new IllegalArgumentException("heatmap needs at least one day: " + columns);
        }
    }

    public Heatmap build(List<Rep> members, Collection<Touch> touches, LocalDate reportDay) {
        List<LocalDate> days = calendar.businessDaysBefore(reportDay, columns);
        DailyTouchCounts counts = DailyTouchCounts.tally(touches, days, calendar, effective);
        return build(members, counts);
    }

    /** Builds the map from counts already tallied over the columns (lets a caller share one tally). */
    public Heatmap build(List<Rep> members, DailyTouchCounts counts) {
        List<LocalDate> days = counts.days();
        int last = days.size() - 1;
        List<HeatmapRow> rows = new ArrayList<>();
        for (Rep rep : SalesMembers.of(members)) {
            List<Integer> cells = new ArrayList<>(days.size());
            for (int i = 0; i < days.size(); i++) {
                cells.add(counts.count(rep.id(), i));
            }
            rows.add(new HeatmapRow(rep.id(), rep.name(), cells, last < 0 ? 0 : cells.get(last)));
        }
        return new Heatmap(days, last < 0 ? null : days.get(last), rows);
    }
}
