package com.salesbot.core.config;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are business days: Monday to Friday, minus public holidays, plus make-up workdays (调休上班).
 *
 * @param holidays       days off, including holidays that fall on a weekend
 * @param makeUpWorkdays weekend days that are worked to make up for a holiday
 */
public record HolidayCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
    public HolidayCalendar {
        holidays = Set.copyOf(holidays);
        makeUpWorkdays = Set.copyOf(makeUpWorkdays);
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    public boolean isBusinessDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        return !holidays.contains(day) && !isWeekend(day);
    }
}
