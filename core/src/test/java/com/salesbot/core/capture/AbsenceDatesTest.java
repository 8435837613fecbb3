package com.salesbot.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AbsenceDatesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "明天|2026-12-04|2026-12-04",
        "今天|2026-12-03|2026-12-03",
        "后天|2026-12-05|2026-12-05",
        "12月8日到12月10日|2026-12-08|2026-12-10",
        "12月8号至12月10号|2026-12-08|2026-12-10",
        "12月8日 - 12月10日|2026-12-08|2026-12-10",
        "12月8日~12月10日|2026-12-08|2026-12-10",
        "12/8-12/10|2026-12-08|2026-12-10",
        "2026-12-08到2026-12-10|2026-12-08|2026-12-10",
        "2026-12-08-2026-12-10|2026-12-08|2026-12-10",
        "2026-12-08|2026-12-08|2026-12-08",
        "12月8日|2026-12-08|2026-12-08",
        "明天到12月10日|2026-12-04|2026-12-10",
        "12月30日到1月3日|2026-12-30|2027-01-03",
        "1月5日|2027-01-05|2027-01-05",
        "11月3日|2026-11-03|2026-11-03",
        "2027年1月5日到2027年1月6日|2027-01-05|2027-01-06",
    })
    void readsDaysAndRanges(String text, LocalDate from, LocalDate to) {
        AbsenceDates.Parsed p = AbsenceDates.parse(text, TODAY);
        assertThat(p.problem()).isNull();
        assertThat(p.from()).isEqualTo(from);
        assertThat(p.to()).isEqualTo(to);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|请告诉我请假的日期",
        "下周|没看懂“下周”",
        "2月30日|“2月30日”不是一个有效的日期",
        "13月1日|“13月1日”不是一个有效的日期",
        "2026-12-10到2026-12-08|结束日期早于开始日期",
        "12月10日到12月8日|结束日期早于开始日期",
        "2026-11-02|只能补登最近30天内的请假",
        "12月1日到2027年3月1日|一次最多登记60天",
        "12月8日到后年|没看懂“后年”",
    })
    void refusesWithAChineseReason(String text, String reason) {
        AbsenceDates.Parsed p = AbsenceDates.parse(text, TODAY);
        assertThat(p.ok()).isFalse();
        assertThat(p.problem()).contains(reason);
        assertThat(p.from()).isNull();
    }

    @Test
    void thirtyDaysBackIsTheOldestDayAccepted() {
        assertThat(AbsenceDates.parse("2026-11-03", TODAY).ok()).isTrue();
        assertThat(AbsenceDates.parse("2026-11-02", TODAY).ok()).isFalse();
    }

    @Test
    void sixtyDaysIsTheLongestAbsence() {
        assertThat(AbsenceDates.parse("2026-12-04到2027-02-01", TODAY).ok()).isTrue();
        assertThat(AbsenceDates.parse("2026-12-04到2027-02-02", TODAY).ok()).isFalse();
    }
}
