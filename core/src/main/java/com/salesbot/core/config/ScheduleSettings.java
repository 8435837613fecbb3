package com.salesbot.core.config;

import com.salesbot.core.model.Require;

import java.time.LocalTime;

/**
 * When the bot talks on its own (business zone).
 *
 * @param digestTime     R4: the daily digest card goes out at this time, before the morning meeting (08:20)
 * @param quietStart     no proactive message from this time ... (21:00)
 * @param quietEnd       ... until this time; the window may wrap past midnight (08:00)
 * @param monthlyPushDay R9: monthly reports (target health, lead dwell, credibility lists) go out by this day (5)
 */
public record ScheduleSettings(LocalTime digestTime, LocalTime quietStart, LocalTime quietEnd, int monthlyPushDay) {
    public ScheduleSettings {
        Require.present(digestTime, "digestTime");
        Require.present(quietStart, "quietStart");
        Require.present(quietEnd, "quietEnd");
    }

    public static ScheduleSettings defaults() {
        return new ScheduleSettings(LocalTime.of(8, 20), LocalTime.of(21, 0), LocalTime.of(8, 0), 5);
    }

    /** True when {@code time} is inside the quiet window [quietStart, quietEnd). */
    public boolean isQuiet(LocalTime time) {
        if (quietStart.equals(quietEnd)) {
            return false;
        }
        if (quietStart.isBefore(quietEnd)) {
            return !time.isBefore(quietStart) && time.isBefore(quietEnd);
        }
        return !time.isBefore(quietStart) || time.isBefore(quietEnd);
    }
}
