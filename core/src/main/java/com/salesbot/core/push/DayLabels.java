package com.salesbot.core.push;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Chinese day labels for cards and charts: 11月26日（周四）, 11/26 周四. */
final class DayLabels {
    private DayLabels() {
    }

    static String weekday(LocalDate day) {
        return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE);
    }

    static String full(LocalDate day) {
        return day.getMonthValue() + "月" + day.getDayOfMonth() + "日（" + weekday(day) + "）";
    }

    static String column(LocalDate day) {
        return day.getMonthValue() + "/" + day.getDayOfMonth() + " " + weekday(day);
    }
}
