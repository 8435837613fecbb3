package com.salesbot.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.ScheduleSettings;
import com.salesbot.core.testdata.Shanghai;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class QuietHoursTest {
    private final QuietHours quiet = new QuietHours(ScheduleSettings.defaults(), Shanghai.ZONE);

    private static long at(int day, int hour, int minute, int second) {
        return Shanghai.at(LocalDateTime.of(2026, 11, day, hour, minute, second));
    }

    @Test
    void justBeforeTheWindowIsSentNow() {
        assertThat(quiet.dueAt(at(27, 20, 59, 59))).isEqualTo(at(27, 20, 59, 59));
    }

    @Test
    void fromTheStartOfTheWindowWaitsForTomorrowMorning() {
        assertThat(quiet.dueAt(at(27, 21, 0, 0))).isEqualTo(at(28, 8, 0, 0));
        assertThat(quiet.dueAt(at(27, 23, 59, 59))).isEqualTo(at(28, 8, 0, 0));
    }

    @Test
    void afterMidnightWaitsForTheSameMorning() {
        assertThat(quiet.dueAt(at(28, 0, 0, 0))).isEqualTo(at(28, 8, 0, 0));
        assertThat(quiet.dueAt(at(28, 7, 59, 59))).isEqualTo(at(28, 8, 0, 0));
    }

    @Test
    void theEndOfTheWindowIsNoLongerQuiet() {
        assertThat(quiet.isQuiet(at(28, 8, 0, 0))).isFalse();
        assertThat(quiet.dueAt(at(28, 8, 0, 0))).isEqualTo(at(28, 8, 0, 0));
    }

    @Test
    void aWindowInsideOneDayDefersToItsEnd() {
        QuietHours lunch = new QuietHours(new ScheduleSettings(java.time.LocalTime.of(8, 20),
                java.time.LocalTime.of(12, 0), java.time.LocalTime.of(13, 30), 5), Shanghai.ZONE);
        assertThat(lunch.dueAt(at(27, 12, 10, 0))).isEqualTo(at(27, 13, 30, 0));
        assertThat(lunch.dueAt(at(27, 11, 59, 0))).isEqualTo(at(27, 11, 59, 0));
    }
}
