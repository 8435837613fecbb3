package com.salesbot.core.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.testdata.Shanghai;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    static final List<LocalDate> NATIONAL_DAY = LocalDate.of(2026, 10, 1).datesUntil(LocalDate.of(2026, 10, 8)).toList();
    static final Set<LocalDate> MAKE_UP = Set.of(LocalDate.of(2026, 9, 27), LocalDate.of(2026, 10, 10));
    final BusinessCalendar calendar = new BusinessCalendar(Shanghai.ZONE, NATIONAL_DAY, MAKE_UP);

    @Test
    void weekendsAndHolidaysAreSkippedMakeUpDaysAreWorked() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 27))).as("Friday").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 28))).as("Saturday").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 10, 1))).as("National Day, a Thursday").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 9, 27))).as("make-up Sunday").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 10, 10))).as("make-up Saturday").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 9, 26))).as("plain Saturday").isFalse();
    }

    @Test
    void lastSevenBusinessDaysBeforeTheDayAfterNationalDay() {
        // Report on Sunday 11 Oct: before it, Sat 10 (make-up), Fri 9, Thu 8, holidays 1-7 skipped, Wed 30,
        // Tue 29, Mon 28, Sun 27 (make-up).
        assertThat(calendar.businessDaysBefore(LocalDate.of(2026, 10, 11), 7)).containsExactly(
                LocalDate.of(2026, 9, 27), LocalDate.of(2026, 9, 28), LocalDate.of(2026, 9, 29),
                LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 8), LocalDate.of(2026, 10, 9),
                LocalDate.of(2026, 10, 10));
    }

    @Test
    void previousBusinessDayOfMondayIsFriday() {
        assertThat(calendar.previousBusinessDay(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(calendar.previousBusinessDay(LocalDate.of(2026, 10, 8))).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void dayBoundaryIsMidnightInShanghaiNotUtc() {
        LocalDate day = LocalDate.of(2026, 11, 26);
        assertThat(calendar.dayOf(Shanghai.at(day, 23, 59, 59))).isEqualTo(day);
        assertThat(calendar.dayOf(Shanghai.at(day, 23, 59, 59) + 999)).isEqualTo(day);
        assertThat(calendar.dayOf(Shanghai.at(day.plusDays(1), 0, 0, 0))).isEqualTo(day.plusDays(1));
        // 16:30 UTC is already the next day in Shanghai (UTC+8)
        long utcAfternoon = day.atTime(16, 30).toInstant(ZoneOffset.UTC).toEpochMilli();
        assertThat(calendar.dayOf(utcAfternoon)).isEqualTo(day.plusDays(1));
        assertThat(calendar.startOf(day)).isEqualTo(Shanghai.at(day, 0, 0, 0));
    }

    @Test
    void countBusinessDaysAgreesWithIsBusinessDayOverTwoYears() {
        LocalDate from = LocalDate.of(2025, 12, 1);
        List<LocalDate> expected = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(LocalDate.of(2027, 12, 1)); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                expected.add(d);
            }
            List<LocalDate> tail = expected.subList(Math.max(0, expected.size() - 5), expected.size());
            assertThat(calendar.businessDaysEndingAt(d, tail.size())).isEqualTo(tail);
        }
        assertThat(calendar.countBusinessDays(from, LocalDate.of(2027, 11, 30))).isEqualTo(expected.size());
    }

    @Test
    void aDayCannotBeBothHolidayAndMakeUpDay() {
        LocalDate d = LocalDate.of(2026, 10, 1);
        assertThatThrownBy(() -> new BusinessCalendar(Shanghai.ZONE, List.of(d), List.of(d)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-10-01");
    }
}
