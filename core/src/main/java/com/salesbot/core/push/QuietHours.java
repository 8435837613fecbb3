package com.salesbot.core.push;

import com.salesbot.core.config.ScheduleSettings;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Quiet hours (免打扰): a push created inside the window is due at its end, never dropped. */
public final class QuietHours {
    private final ScheduleSettings schedule;
    private final ZoneId zone;

    public QuietHours(ScheduleSettings schedule, ZoneId zone) {
        this.schedule = schedule;
        this.zone = zone;
    }

    public boolean isQuiet(long now) {
        return schedule.isQuiet(ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(now), zone).toLocalTime());
    }

    /** {@code now} outside the window; otherwise the window's end (today's or tomorrow's). */
    public long dueAt(long now) {
        if (!isQuiet(now)) {
            return now;
        }
        ZonedDateTime at = ZonedDateTime.ofInstant(java.time.Instant.ofEpochMilli(now), zone);
        LocalDate day = at.toLocalDate();
        ZonedDateTime end = day.atTime(schedule.quietEnd()).atZone(zone);
        if (!end.isAfter(at)) {
            end = day.plusDays(1).atTime(schedule.quietEnd()).atZone(zone);
        }
        return end.toInstant().toEpochMilli();
    }
}
