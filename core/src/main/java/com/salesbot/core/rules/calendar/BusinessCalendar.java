package com.salesbot.core.rules.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Business days in the business zone ({@code salesbot.zone}): Monday to Friday, minus configured holidays,
 * plus configured make-up workdays (调休, a Saturday or Sunday that is worked). A make-up workday wins over a
 * weekend; a date listed both as holiday and as make-up workday is rejected.
 */
public final class BusinessCalendar {
    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public BusinessCalendar(ZoneId zone, Collection<LocalDate> holidays, Collection<LocalDate> makeUpWorkdays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        for (LocalDate day : this.holidays) {
            if (this.makeUpWorkdays.contains(day)) {
                throw new IllegalArgumentException(day + " is configured both as holiday and as make-up workday");
            }
        }
    }

    /** Monday to Friday in the given zone, no holidays. */
    public static BusinessCalendar weekdays(ZoneId zone) {
        return new BusinessCalendar(zone, Set.of(), Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isBusinessDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The calendar day in the business zone that contains the instant (23:59:59.999 is still that day). */
    public LocalDate dayOf(long epochMillis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), zone);
    }

    /** Epoch ms at which the day starts in the business zone. */
    public long startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /**
     * The first business day of the Monday-to-Sunday week containing {@code day} (the Monday, or the Tuesday after
     * a Monday holiday, ...), empty for a week without any business day (the National Day week has a make-up
     * Saturday or Sunday, so that is rare).
     */
    public java.util.Optional<LocalDate> firstBusinessDayOfWeek(LocalDate day) {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        for (LocalDate d = monday; d.isBefore(monday.plusDays(7)); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                return java.util.Optional.of(d);
            }
        }
        return java.util.Optional.empty();
    }

    /** The closest business day strictly before {@code day}. */
    public LocalDate previousBusinessDay(LocalDate day) {
        LocalDate d = day.minusDays(1);
        while (!isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** The {@code count} business days ending at {@code lastIncluded} (included when it is a business day), oldest first. */
    public List<LocalDate> businessDaysEndingAt(LocalDate lastIncluded, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        List<LocalDate> days = new ArrayList<>(count);
        LocalDate d = lastIncluded;
        while (days.size() < count) {
            if (isBusinessDay(d)) {
                days.add(d);
            }
            d = d.minusDays(1);
        }
        Collections.reverse(days);
        return days;
    }

    /** The {@code count} business days strictly before {@code today}, oldest first (the heatmap columns). */
    public List<LocalDate> businessDaysBefore(LocalDate today, int count) {
        return businessDaysEndingAt(today.minusDays(1), count);
    }

    /** Business days in {@code [from, to]}, both inclusive. */
    public int countBusinessDays(LocalDate from, LocalDate to) {
        int n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isBusinessDay(d)) {
                n++;
            }
        }
        return n;
    }
}
