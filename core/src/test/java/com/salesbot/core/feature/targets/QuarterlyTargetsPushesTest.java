package com.salesbot.core.feature.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryTouchStore;
import com.salesbot.core.fakes.RecordingOutbox;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.card.Card;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.push.PushLedger;
import com.salesbot.core.push.PushOutbox;
import com.salesbot.core.push.QuietHours;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.testdata.Shanghai;
import com.salesbot.core.testdata.TouchBuilder;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The quarterly R15 run for the quarter that just closed (2026Q4, run in January 2027 where New Year's Day is a
 * holiday, so the first business day is Monday 4 January).
 */
class QuarterlyTargetsPushesTest {
    final InMemoryOrgStore org = new InMemoryOrgStore();
    final InMemoryTouchStore touches = new InMemoryTouchStore();
    final InMemoryOpportunityStore opportunities = new InMemoryOpportunityStore();
    final InMemoryTargetsDataStore data = new InMemoryTargetsDataStore();
    final RecordingOutbox outbox = new RecordingOutbox();
    final MutableClock clock = new MutableClock(0);
    final InMemoryKeyValueStore kv = new InMemoryKeyValueStore(clock);
    final BusinessCalendar calendar = new BusinessCalendar(Shanghai.ZONE, List.of(LocalDate.of(2027, 1, 1)),
            List.of());
    final Quarter q3 = Quarter.parse("2026Q3");
    final Quarter q4 = Quarter.parse("2026Q4");
    final LocalDate firstBusinessDay = LocalDate.of(2027, 1, 4);
    QuarterlyTargetsPushes schedule;

    @BeforeEach
    void setUp() {
        TargetsSettings d = TargetsSettings.defaults();
        TargetsSettings settings = new TargetsSettings(d.dimensions(), d.gapDimension(), d.voiceSampleSize(),
                d.voiceSeed(), "cs1", d.coachingPlan(), d.points(), d.catalogue(), d.consensusMinAnswers(),
                d.matrixMonths());
        CapabilityService capability = new CapabilityService(org, opportunities, touches, data,
                settings, new EffectiveTouchRule(30), 0.5, 2, Shanghai.ZONE);
        GapCoaching coaching = new GapCoaching(capability, org, settings, e -> { });
        schedule = new QuarterlyTargetsPushes(coaching, new VoiceSampleService(opportunities, settings,
                Shanghai.ZONE), org, new PushOutbox(new OutboxWriter(outbox, outbox),
                new QuietHours(BusinessConfig.defaults().schedule(), Shanghai.ZONE)), new PushLedger(kv), calendar,
                new RecipientDirectory(List.of("sandbox")));
        org.saveTeam(new Team("t1", "一组"));
        person("m1", Role.MANAGER, "t1");
        person("a", Role.REP, "t1");
        person("b", Role.REP, "t1");
        person("c", Role.REP, "t1");
        person("cs1", Role.DIRECTOR, null);
    }

    void person(String id, Role role, String team) {
        org.saveRep(new Rep(id, id, team, role, null, null, LocalDate.of(2024, 1, 1), true));
    }

    /** Rep a's customer depth: {@code q3Touches} and {@code q4Touches} per customer against b (5) and c (3). */
    void depth(int q3Touches, int q4Touches) {
        for (Quarter q : List.of(q3, q4)) {
            TouchBuilder.effective("a", q.firstDay().plusDays(10), q == q3 ? q3Touches : q4Touches)
                    .forEach(touches::insert);
            TouchBuilder.effective("b", q.firstDay().plusDays(10), 5).forEach(touches::insert);
            TouchBuilder.effective("c", q.firstDay().plusDays(10), 3).forEach(touches::insert);
        }
    }

    @Test
    void theFirstBusinessDayOfTheQuarterSendsTheClosedQuartersPlansOnce() {
        depth(1, 1);  // 20 of a mean of 60, both quarters

        assertThat(schedule.firstBusinessDay(Quarter.parse("2027Q1"))).isEqualTo(firstBusinessDay);
        assertThat(schedule.tick(Shanghai.at(LocalDate.of(2026, 12, 31), 10, 0, 0))).isZero();
        assertThat(schedule.tick(Shanghai.at(LocalDate.of(2027, 1, 1), 10, 0, 0))).isZero();
        assertThat(schedule.tick(Shanghai.at(firstBusinessDay, 10, 0, 0))).isEqualTo(3);

        assertThat(outbox.withPrefix("gap-plan:")).extracting(RecordingOutbox.Row::key).containsExactly(
                "gap-plan:2026Q4:sandbox:a:a", "gap-plan:2026Q4:sandbox:m1:a", "gap-plan:2026Q4:sandbox:cs1:a");

        int calls = outbox.enqueueCalls.get();
        assertThat(schedule.tick(Shanghai.at(firstBusinessDay, 11, 0, 0))).isZero();
        assertThat(schedule.tick(Shanghai.at(firstBusinessDay.plusDays(1), 10, 0, 0))).isZero();
        assertThat(outbox.enqueueCalls.get()).isEqualTo(calls);

        // the admin API for the same quarter hands the cards over again, but the outbox keeps one per recipient
        schedule.send(q4, Shanghai.at(firstBusinessDay, 12, 0, 0));
        assertThat(outbox.withPrefix("gap-plan:")).hasSize(3);
    }

    @Test
    void oneQuarterBelowHalfSendsNothing() {
        depth(2, 1);  // 2026Q3: 40 of a mean of 66.7 is above half; only 2026Q4 is below

        assertThat(schedule.tick(Shanghai.at(firstBusinessDay, 10, 0, 0))).isZero();
        assertThat(outbox.withPrefix("gap-plan:")).isEmpty();
    }

    @Test
    void aMissedDayIsCaughtUpInTheQuartersFirstMonthOnly() {
        depth(1, 1);
        assertThat(schedule.tick(Shanghai.at(LocalDate.of(2027, 1, 29), 10, 0, 0))).isEqualTo(3);

        QuarterlyTargetsPushes fresh = freshLedger();
        assertThat(fresh.tick(Shanghai.at(LocalDate.of(2027, 2, 1), 10, 0, 0))).isZero();
        assertThat(fresh.tick(Shanghai.at(LocalDate.of(2027, 1, 30), 10, 0, 0))).as("a Saturday").isZero();
    }

    @Test
    void aRunDuringQuietHoursWaitsForTheMorning() {
        depth(1, 1);
        schedule.tick(Shanghai.at(firstBusinessDay, 3, 0, 0));

        assertThat(outbox.withPrefix("gap-plan:")).hasSize(3)
                .allMatch(r -> r.dueAt() == Shanghai.at(firstBusinessDay, 8, 0, 0));
    }

    void won(String rep, String customer, LocalDate closedOn) {
        long at = Shanghai.noon(closedOn);
        opportunities.save(new Opportunity(rep + "-" + customer, customer, rep, 1_000_000L, "won", true, true, true,
                null, OpportunityStatus.WON, false, at - 30L * 86_400_000L, at));
    }

    @Test
    void directorsAreRemindedOnceThatTheNewQuartersVoiceSampleIsReady() {
        won("a", "ca1", LocalDate.of(2026, 11, 10));
        won("a", "ca2", LocalDate.of(2026, 12, 1));
        won("b", "cb1", LocalDate.of(2026, 10, 20));
        won("b", "cb0", LocalDate.of(2026, 9, 30));  // closed before the three months: not in the sample

        assertThat(schedule.tick(Shanghai.at(firstBusinessDay, 10, 0, 0))).isEqualTo(1);
        assertThat(outbox.withPrefix("voice-sample:")).singleElement().satisfies(row -> {
            assertThat(row.key()).isEqualTo("voice-sample:2027Q1:cs1");
            Card card = (Card) row.outbound().message();
            assertThat(String.join(" ", card.lines())).contains("2 位销售上季度成交的 3 位客户")
                    .contains("/api/voice-samples?quarter=2027Q1");
        });
        assertThat(schedule.tick(Shanghai.at(firstBusinessDay.plusDays(1), 10, 0, 0))).isZero();
        assertThat(outbox.withPrefix("voice-sample:")).hasSize(1);
    }

    @Test
    void anEmptySampleSendsNoReminder() {
        won("a", "ca1", LocalDate.of(2026, 9, 30));

        schedule.tick(Shanghai.at(firstBusinessDay, 10, 0, 0));

        assertThat(outbox.withPrefix("voice-sample:")).isEmpty();
    }

    QuarterlyTargetsPushes freshLedger() {
        TargetsSettings settings = TargetsSettings.defaults();
        CapabilityService capability = new CapabilityService(org, opportunities, touches, data,
                settings, new EffectiveTouchRule(30), 0.5, 2, Shanghai.ZONE);
        return new QuarterlyTargetsPushes(new GapCoaching(capability, org, settings, e -> { }),
                new VoiceSampleService(opportunities, settings, Shanghai.ZONE), org, new PushOutbox(new OutboxWriter(outbox, outbox), new QuietHours(BusinessConfig.defaults()
                        .schedule(), Shanghai.ZONE)), new PushLedger(new InMemoryKeyValueStore(clock)), calendar,
                new RecipientDirectory(List.of("sandbox")));
    }
}
