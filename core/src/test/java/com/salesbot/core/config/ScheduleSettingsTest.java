package com.salesbot.core.config;

import org.junit.jupiter.api.Test;

import java.time.LocalTime;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleSettingsTest {

    @Test
    void defaultsAreTheDigestAt0820AndQuietNightsFrom21To08() {
        ScheduleSettings s = ScheduleSettings.defaults();
        assertThat(s.digestTime()).isEqualTo(LocalTime.of(8, 20));
        assertThat(s.monthlyPushDay()).isEqualTo(5);
        assertThat(s.isQuiet(s.digestTime())).isFalse();
    }

    @Test
    void quietWindowWrapsPastMidnight() {
        ScheduleSettings s = ScheduleSettings.defaults();
        assertThat(s.isQuiet(LocalTime.of(20, 59))).isFalse();
        assertThat(s.isQuiet(LocalTime.of(21, 0))).isTrue();
        assertThat(s.isQuiet(LocalTime.MIDNIGHT)).isTrue();
        assertThat(s.isQuiet(LocalTime.of(7, 59))).isTrue();
        assertThat(s.isQuiet(LocalTime.of(8, 0))).isFalse();
    }

    @Test
    void quietWindowWithinOneDay() {
        ScheduleSettings s = new ScheduleSettings(LocalTime.of(9, 0), LocalTime.of(12, 0), LocalTime.of(13, 30), 5);
        assertThat(s.isQuiet(LocalTime.of(11, 59))).isFalse();
        assertThat(s.isQuiet(LocalTime.of(12, 0))).isTrue();
        assertThat(s.isQuiet(LocalTime.of(13, 29))).isTrue();
        assertThat(s.isQuiet(LocalTime.of(13, 30))).isFalse();
    }

    @Test
    void equalStartAndEndIsNeverQuiet() {
        ScheduleSettings s = new ScheduleSettings(LocalTime.of(9, 0), LocalTime.of(22, 0), LocalTime.of(22, 0), 5);
        assertThat(s.isQuiet(LocalTime.of(22, 0))).isFalse();
        assertThat(s.isQuiet(LocalTime.of(3, 0))).isFalse();
    }
}
