package com.salesbot.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.RecordingOutbox;
import com.salesbot.core.feature.targets.CapabilityService;
import com.salesbot.core.feature.targets.ConsensusService;
import com.salesbot.core.feature.targets.DecayService;
import com.salesbot.core.feature.targets.GrowthAccount;
import com.salesbot.core.feature.targets.InMemoryTargetsDataStore;
import com.salesbot.core.feature.targets.TargetSandboxService;
import com.salesbot.core.feature.targets.TargetsFeature;
import com.salesbot.core.feature.targets.TargetsMonthlyReport;
import com.salesbot.core.feature.targets.TargetsSettings;
import com.salesbot.core.feature.targets.port.LevelTarget;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.rules.activity.EffectiveTouchRule;
import com.salesbot.core.rules.decay.OrgLevel;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The targets cards in the scheduled monthly reports: target decay for directors, 目标共识度 for managers, through
 * the real PushSchedule (push ledger, quiet hours) on December's push day (Tuesday 2026-12-01, quarter 2026Q4).
 */
class TargetsMonthlyPushTest {
    static final long WAN = 1_000_000L;
    final LocalDate pushDay = LocalDate.of(2026, 12, 1);
    final Quarter q4 = Quarter.parse("2026Q4");
    PushHarness h;
    InMemoryTargetsDataStore data;
    ConsensusService consensus;
    PushSchedule schedule;

    @BeforeEach
    void setUp() {
        h = new PushHarness(Thresholds.defaults());
        data = new InMemoryTargetsDataStore();
        h.org.saveTeam(new Team("T1", "华东一组"));
        h.org.saveRep(RepBuilder.manager("M1", "T1"));
        h.org.saveRep(RepBuilder.director("D1"));
        for (String id : List.of("R1", "R2", "R3", "R4")) {
            h.org.saveRep(RepBuilder.rep(id).build());
        }
        TargetsSettings settings = TargetsSettings.defaults();
        TargetSandboxService sandbox = new TargetSandboxService(h.org, h.payments, h.opportunities, h.customers,
                h.targets, null, data, e -> { }, settings, Shanghai.ZONE);
        consensus = new ConsensusService(data, h.targets, sandbox, e -> { }, settings.consensusMinAnswers());
        CapabilityService capability = new CapabilityService(h.org, h.opportunities, h.touches, data, settings,
                new EffectiveTouchRule(30), 0.5, 2, Shanghai.ZONE);
        TargetsFeature feature = new TargetsFeature(h.org, sandbox, capability, consensus,
                new GrowthAccount(h.org, data, e -> { }, settings), null, Shanghai.ZONE);
        TargetsMonthlyReport report = new TargetsMonthlyReport(h.org, new DecayService(data, h.org, h.targets),
                consensus, feature, h.directory);
        MonthlyPushes monthly = new MonthlyPushes(h.org, h.leads, h.customers, h.health, h.calendar, h.thresholds,
                Set.of(), h.files, h.directory, h.config.stages(), null, List.of(report));
        schedule = new PushSchedule(h.digest, h.coaching, monthly, new PushOutbox(new OutboxWriter(h.outbox,
                h.outbox), new QuietHours(h.config.schedule(), Shanghai.ZONE)), new PushLedger(h.kv), h.calendar,
                h.config.schedule());
    }

    /** The article's 1000 -> 800 -> 650: company, region, and the reps' monthly targets summing to 650万. */
    void articleDecay() {
        data.saveLevelTarget(new LevelTarget(OrgLevel.COMPANY, "company", q4, 1000 * WAN));
        data.saveLevelTarget(new LevelTarget(OrgLevel.REGION, "east", q4, 800 * WAN));
        long[] perRep = {200 * WAN, 150 * WAN, 150 * WAN, 150 * WAN};
        String[] reps = {"R1", "R2", "R3", "R4"};
        for (int i = 0; i < reps.length; i++) {
            long monthly = perRep[i] / 3;
            List<YearMonth> months = q4.months();
            for (int m = 0; m < 3; m++) {
                h.targets.save(new Target(reps[i], months.get(m), m < 2 ? monthly : perRep[i] - 2 * monthly));
            }
        }
    }

    void answers(long... wan) {
        String[] voters = {"R1", "R2", "R3", "R4", "M1"};
        for (int i = 0; i < wan.length; i++) {
            consensus.answer(h.org.findRep(voters[i]).orElseThrow(), q4, wan[i] * WAN, Shanghai.noon(pushDay
                    .minusDays(3)), "wecom");
        }
    }

    Card card(String key) {
        return (Card) h.outbox.rows.get(key).outbound().message();
    }

    static String text(Card card) {
        return card.title() + " " + String.join(" ", card.lines()) + " " + card.fields().stream()
                .map(f -> f.label() + "=" + f.value()).collect(Collectors.joining(" "));
    }

    @Test
    void theDirectorGetsTheDecayAndTheManagerTheConsensusOncePerMonth() {
        articleDecay();
        answers(650, 600, 700, 900);

        schedule.tick(Shanghai.at(pushDay, 9, 0, 0));

        assertThat(h.outbox.withPrefix("target-decay:")).extracting(RecordingOutbox.Row::key)
                .containsExactly("target-decay:2026-12:D1");
        assertThat(card("target-decay:2026-12:D1").lines())
                .contains("公司 1000万", "区域 800万 (保留 80%)", "个人合计 650万 (保留 81%)")
                .anyMatch(l -> l.contains("最高层目标的 65%"));
        assertThat(h.outbox.withPrefix("target-consensus:")).extracting(RecordingOutbox.Row::key)
                .containsExactly("target-consensus:2026-12:M1");
        Card consensusCard = card("target-consensus:2026-12:M1");
        // answers 600, 650, 700, 900 against 650: mean |diff| = (50+0+50+250)/4 = 87.5 -> 1 - 87.5/650 = 87 %
        assertThat(consensusCard.fields()).extracting(CardField::label, CardField::value).contains(
                org.assertj.core.groups.Tuple.tuple("答卷", "4 份"),
                org.assertj.core.groups.Tuple.tuple("共识度", "87%"),
                org.assertj.core.groups.Tuple.tuple("理解区间", "600万 ~ 900万"),
                org.assertj.core.groups.Tuple.tuple("实际目标", "650万"));
        // the spread, never who said what: no voter's name or id appears on the card
        assertThat(text(consensusCard)).doesNotContain("R1", "R2", "R3", "R4", "销售");
        // neither card reaches anyone else
        assertThat(h.outbox.rows.values()).filteredOn(r -> r.key().startsWith("target-decay:") || r.key().startsWith("target-consensus:"))
                .extracting(RecordingOutbox.Row::recipient).containsExactlyInAnyOrder("wx-D1", "wx-M1");

        int calls = h.outbox.enqueueCalls.get();
        schedule.tick(Shanghai.at(pushDay, 15, 0, 0));
        assertThat(h.outbox.enqueueCalls.get()).isEqualTo(calls);
        schedule.tick(Shanghai.at(pushDay.plusDays(1), 9, 0, 0));
        assertThat(h.outbox.withPrefix("target-decay:")).hasSize(1);
        assertThat(h.outbox.withPrefix("target-consensus:")).hasSize(1);
    }

    @Test
    void belowTheMinimumAnswersTheManagerSeesOnlyTheCount() {
        articleDecay();
        answers(650, 900);

        schedule.tick(Shanghai.at(pushDay, 9, 0, 0));

        Card consensusCard = card("target-consensus:2026-12:M1");
        assertThat(consensusCard.fields()).extracting(CardField::label).containsExactly("答卷");
        assertThat(consensusCard.fields().get(0).value()).isEqualTo("2 份");
        assertThat(text(consensusCard)).doesNotContain("900万", "650万").contains("为保护匿名");
    }

    @Test
    void exactlyTheMinimumShowsTheSpread() {
        articleDecay();
        answers(650, 650, 650);

        schedule.tick(Shanghai.at(pushDay, 9, 0, 0));

        assertThat(card("target-consensus:2026-12:M1").fields()).extracting(CardField::label, CardField::value)
                .contains(org.assertj.core.groups.Tuple.tuple("共识度", "100%"));
    }

    @Test
    void withOneLevelOnlyThereIsNoDecayCardAndWithoutTargetOrAnswersNoConsensusCard() {
        data.saveLevelTarget(new LevelTarget(OrgLevel.COMPANY, "company", q4, 1000 * WAN));

        schedule.tick(Shanghai.at(pushDay, 9, 0, 0));

        assertThat(h.outbox.withPrefix("target-decay:")).isEmpty();
        assertThat(h.outbox.withPrefix("target-consensus:")).isEmpty();
    }

    @Test
    void aTickDuringQuietHoursOfAPushDayWaitsForTheMorning() {
        articleDecay();
        // 07:30 is before the digest slot: nothing yet; the slot at 08:20 sends, due at once
        schedule.tick(Shanghai.at(pushDay, 7, 30, 0));
        assertThat(h.outbox.withPrefix("target-decay:")).isEmpty();
        schedule.tick(Shanghai.at(pushDay, 22, 0, 0));
        RecordingOutbox.Row row = h.outbox.withPrefix("target-decay:").get(0);
        assertThat(row.dueAt()).isEqualTo(Shanghai.at(pushDay.plusDays(1), 8, 0, 0));
    }
}
