package com.salesbot.core.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written 2026Q1 (targets, the radar and the customer-voice sample are quarterly). */
public record Quarter(int year, int number) implements Comparable<Quarter> {
    private static final Pattern TEXT = Pattern.compile("(\\d{4})-?[Qq]([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got " + number);
        }
        if (year < 2000 || year > 2999) {
            throw new IllegalArgumentException("quarter year out of range: " + year);
        }
    }

    /** Parses 2026Q1 (or 2026-Q1, 2026q1); a clear IllegalArgumentException otherwise. */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("quarter must look like 2026Q1, got '" + text + "'");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * 3 + 1);
    }

    public List<YearMonth> months() {
        YearMonth first = firstMonth();
        return List.of(first, first.plusMonths(1), first.plusMonths(2));
    }

    public LocalDate firstDay() {
        return firstMonth().atDay(1);
    }

    /** The day after the quarter's last day. */
    public LocalDate endExclusive() {
        return firstMonth().plusMonths(3).atDay(1);
    }

    public long startMs(ZoneId zone) {
        return firstDay().atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public long endMs(ZoneId zone) {
        return endExclusive().atStartOfDay(zone).toInstant().toEpochMilli();
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    public Quarter next() {
        return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
    }

    @Override
    public int compareTo(Quarter o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return year + "Q" + number;
    }
}
