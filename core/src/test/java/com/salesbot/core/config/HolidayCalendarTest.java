package com.salesbot.core.config;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class HolidayCalendarTest {
    private final HolidayCalendar cal2026 = BusinessConfig.defaultCalendar();

    @Test
    void sampleHolds2026Schedule() {
        // 元旦 3 + 春节 9 + 清明 3 + 劳动节 5 + 端午 3 + 中秋 3 + 国庆 7
        assertThat(cal2026.holidays()).hasSize(33);
        assertThat(cal2026.makeUpWorkdays()).hasSize(6).allMatch(HolidayCalendar::isWeekend);
    }

    @Test
    void makeUpSaturdayIsABusinessDay() {
        assertThat(cal2026.isBusinessDay(LocalDate.parse("2026-02-14"))).isTrue();
    }

    @Test
    void weekdayHolidayIsNotABusinessDay() {
        assertThat(cal2026.isBusinessDay(LocalDate.parse("2026-02-16"))).isFalse();
        assertThat(cal2026.isBusinessDay(LocalDate.parse("2026-10-01"))).isFalse();
    }

    @Test
    void ordinaryWeekIsMondayToFriday() {
        assertThat(cal2026.isBusinessDay(LocalDate.parse("2026-03-06"))).isTrue();  // Friday
        assertThat(cal2026.isBusinessDay(LocalDate.parse("2026-03-07"))).isFalse(); // Saturday
        assertThat(cal2026.isBusinessDay(LocalDate.parse("2026-03-08"))).isFalse(); // Sunday
        assertThat(cal2026.isBusinessDay(LocalDate.parse("2026-03-09"))).isTrue();  // Monday
    }

    @Test
    void dayAfterHolidayIsBackToWork() {
        assertThat(cal2026.isBusinessDay(LocalDate.parse("2026-10-07"))).isFalse();
        assertThat(cal2026.isBusinessDay(LocalDate.parse("2026-10-08"))).isTrue();
    }
}
