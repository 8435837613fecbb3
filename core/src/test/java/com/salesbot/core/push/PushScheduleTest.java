package com.salesbot.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.RecordingOutbox;
import com.salesbot.core.model.Team;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import com.salesbot.core.testdata.TouchBuilder;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PushScheduleTest {
    private PushHarness h;
    private PushSchedule schedule;
    private final LocalDate friday = LocalDate.of(2026, 11, 27);

    @BeforeEach
    void setUp() {
        h = new PushHarness(Thresholds.defaults());
        h.org.saveTeam(new Team("T1", "华东一组"));
        h.org.saveRep(RepBuilder.manager("M1", "T1"));
        h.org.saveRep(RepBuilder.rep("R1").build());
        h.org.saveRep(RepBuilder.rep("R2").build());
        TouchBuilder.effective("R1", LocalDate.of(2026, 11, 26), 3).forEach(h.touches::insert);
        schedule = h.schedule(h.kv);
    }

    @Test
    void digestWaitsForItsSlot() {
        schedule.tick(Shanghai.at(friday, 8, 19, 59));
        assertThat(h.outbox.withPrefix("digest:")).isEmpty();
        schedule.tick(Shanghai.at(friday, 8, 20, 0));
        assertThat(h.outbox.withPrefix("digest:")).extracting(RecordingOutbox.Row::key)
                .containsExactly("digest:2026-11-27:M1");
    }

    @Test
    void laterTicksOfTheDayDoNotEvenRecomputeIt() {
        schedule.tick(Shanghai.at(friday, 8, 20, 0));
        int calls = h.outbox.enqueueCalls.get();
        schedule.tick(Shanghai.at(friday, 8, 21, 0));
        schedule.tick(Shanghai.at(friday, 15, 0, 0));
        assertThat(h.outbox.enqueueCalls.get()).isEqualTo(calls);
    }

    @Test
    void aRestartAfterTheSlotCatchesUpOnceButNotIntoQuietHours() {
        schedule.tick(Shanghai.at(friday, 20, 59, 0));
        assertThat(h.outbox.withPrefix("digest:")).hasSize(1);

        PushHarness late = new PushHarness(Thresholds.defaults());
        late.org.saveTeam(new Team("T1", "华东一组"));
        late.org.saveRep(RepBuilder.manager("M1", "T1"));
        late.schedule(late.kv).tick(Shanghai.at(friday, 21, 0, 0));
        assertThat(late.outbox.withPrefix("digest:")).isEmpty();
    }

    @Test
    void noDigestOnAWeekend() {
        schedule.tick(Shanghai.at(LocalDate.of(2026, 11, 28), 9, 0, 0));
        assertThat(h.outbox.withPrefix("digest:")).isEmpty();
    }

    @Test
    void monthlyDayIsTheFirstBusinessDayButNeverAfterThePushDay() {
        assertThat(schedule.monthlyDay(YearMonth.of(2026, 11))).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(schedule.monthlyDay(YearMonth.of(2026, 12))).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(schedule.monthlyDay(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void monthlyReportsAreCaughtUpOnBusinessDaysUpToThePushDayOnly() {
        assertThat(schedule.monthlyDue(LocalDate.of(2026, 11, 1))).isFalse();
        assertThat(schedule.monthlyDue(LocalDate.of(2026, 11, 2))).isTrue();
        assertThat(schedule.monthlyDue(LocalDate.of(2026, 11, 5))).isTrue();
        assertThat(schedule.monthlyDue(LocalDate.of(2026, 11, 6))).isFalse();
    }

    @Test
    void weeklyPushesGoOnceOnTheWeeksFirstBusinessDayAfterTheSlot() {
        java.util.List<LocalDate> asked = new java.util.ArrayList<>();
        PushSchedule weekly = h.schedule(h.kv, today -> {
            asked.add(today);
            return java.util.List.of(com.salesbot.core.messaging.Outgoing.keyed("weekly-test:" + today,
                    new com.salesbot.core.messaging.Outgoing("wecom", "wx-M1",
                            new com.salesbot.core.card.TextMessage("核对"))));
        });
        LocalDate monday = LocalDate.of(2026, 11, 30);
        weekly.tick(Shanghai.at(monday.minusDays(3), 9, 0, 0)); // the Friday before: last week's slot, already due
        asked.clear();
        weekly.tick(Shanghai.at(monday, 8, 19, 59));
        assertThat(asked).isEmpty();
        weekly.tick(Shanghai.at(monday, 8, 20, 0));
        weekly.tick(Shanghai.at(monday, 15, 0, 0));
        weekly.tick(Shanghai.at(monday.plusDays(1), 9, 0, 0));
        assertThat(asked).containsExactly(monday);
        assertThat(h.outbox.withPrefix("weekly-test:")).extracting(RecordingOutbox.Row::key)
                .contains("weekly-test:2026-11-30");
    }

    @Test
    void aMondayHolidayMovesTheWeeklyPushToTheWeeksFirstBusinessDayAndAMissedOneIsCaughtUp() {
        java.util.List<LocalDate> asked = new java.util.ArrayList<>();
        PushSchedule weekly = h.schedule(h.kv, today -> {
            asked.add(today);
            return java.util.List.of();
        });
        // National Day 2026: Monday 10-05 to Wednesday 10-07 are holidays, Thursday 10-08 is the first business day
        weekly.tick(Shanghai.at(LocalDate.of(2026, 10, 5), 9, 0, 0));
        weekly.tick(Shanghai.at(LocalDate.of(2026, 10, 7), 9, 0, 0));
        assertThat(asked).isEmpty();
        weekly.tick(Shanghai.at(LocalDate.of(2026, 10, 8), 9, 0, 0));
        assertThat(asked).containsExactly(LocalDate.of(2026, 10, 8));

        // a week whose Monday passed without a tick (the bot was down) is caught up on its Tuesday, once
        asked.clear();
        weekly.tick(Shanghai.at(LocalDate.of(2026, 12, 8), 9, 0, 0));
        weekly.tick(Shanghai.at(LocalDate.of(2026, 12, 9), 9, 0, 0));
        assertThat(asked).containsExactly(LocalDate.of(2026, 12, 8));
        // quiet hours: not computed
        asked.clear();
        weekly.tick(Shanghai.at(LocalDate.of(2026, 12, 14), 21, 30, 0));
        assertThat(asked).isEmpty();
    }
}
