package com.salesbot.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardField;
import com.salesbot.core.card.Tone;
import com.salesbot.core.fakes.RecordingOutbox;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.testdata.OpportunityBuilder;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import com.salesbot.core.testdata.ThresholdsBuilder;
import com.salesbot.core.testdata.TouchBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Five weeks (2026-09-28 .. 2026-11-03, across the National Day holiday and its make-up Saturday) ticked every
 * five minutes, as the bot's job would: every push lands on the expected day, to the expected people, once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SimulatedMonthTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 9, 28);
    private static final LocalDate LAST = LocalDate.of(2026, 11, 3);
    private static final long WAN = 1_000_000L;
    /** The expected business days: holidays 10/1-10/7 skipped, Saturday 10/10 worked. */
    private static final List<LocalDate> BUSINESS_DAYS = List.of(
            d(9, 28), d(9, 29), d(9, 30), d(10, 8), d(10, 9), d(10, 10), d(10, 12), d(10, 13), d(10, 14), d(10, 15),
            d(10, 16), d(10, 19), d(10, 20), d(10, 21), d(10, 22), d(10, 23), d(10, 26), d(10, 27), d(10, 28),
            d(10, 29), d(10, 30), d(11, 2), d(11, 3));
    /** Days R3 makes one effective touch instead of five: two separate three-day streaks (the second one longer). */
    private static final Set<LocalDate> R3_LOW = Set.of(d(10, 12), d(10, 13), d(10, 14), d(10, 26), d(10, 27),
            d(10, 28), d(10, 29));
    private static final LocalDate DOWN_DAY = d(10, 21);

    private PushHarness h;
    private int secondInstanceExtraRows = -1;

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static long at(int month, int day, int hour, int minute) {
        return Shanghai.at(LocalDateTime.of(2026, month, day, hour, minute));
    }

    @BeforeAll
    void simulate() {
        h = new PushHarness(ThresholdsBuilder.defaults().set("redListSize", 1).set("blackListSize", 1).build());
        h.org.saveTeam(new Team("T1", "华东一组"));
        h.org.saveTeam(new Team("T2", "华南组"));
        h.org.saveRep(RepBuilder.manager("M1", "T1"));
        h.org.saveRep(RepBuilder.manager("M2", "T2"));
        h.org.saveRep(RepBuilder.director("D1"));
        for (String[] r : new String[][] {{"R1", "张伟", "T1"}, {"R2", "李娜", "T1"}, {"R3", "王强", "T1"},
                {"R4", "刘洋", "T2"}, {"R5", "陈静", "T2"}}) {
            h.org.saveRep(RepBuilder.rep(r[0]).name(r[1]).team(r[2]).build());
        }
        for (LocalDate day : BUSINESS_DAYS) {
            for (String rep : List.of("R1", "R2", "R3", "R4", "R5")) {
                int n = rep.equals("R3") && R3_LOW.contains(day) ? 1 : 5;
                TouchBuilder.effective(rep, day, n).forEach(h.touches::insert);
            }
        }
        h.touches.insert(TouchBuilder.touch("R2").at(at(10, 15, 16, 0)).untagged().build());
        // R9: October targets of 100万; R1 has 3x reserve, R3 only 0.5x (red), R4 and R5 exactly 2x.
        for (String rep : List.of("R1", "R3", "R4", "R5")) {
            h.targets.save(new Target(rep, YearMonth.of(2026, 10), 100 * WAN));
        }
        h.targets.save(new Target("R1", YearMonth.of(2026, 11), 100 * WAN));
        long created = at(9, 1, 10, 0);
        h.opportunities.save(OpportunityBuilder.opportunity("O1").owner("R1").amountFen(300 * WAN).created(created).build());
        h.opportunities.save(OpportunityBuilder.opportunity("O3").owner("R3").amountFen(50 * WAN).created(created).build());
        h.opportunities.save(OpportunityBuilder.opportunity("O4").owner("R4").amountFen(200 * WAN).created(created).build());
        h.opportunities.save(OpportunityBuilder.opportunity("O5").owner("R5").amountFen(200 * WAN).created(created).build());
        // R20: September leads with a confirmed source; R1 always right, R2 3 of 5, R3 1 of 5.
        Map<String, Integer> right = Map.of("R1", 5, "R2", 3, "R3", 1);
        right.forEach((rep, hits) -> {
            for (int i = 0; i < 5; i++) {
                lead(rep, at(9, 10 + i, 10, 0), "设备老化想换新", i < hits ? "展会" : "转介绍");
            }
        });
        // R19: R4 enters five price-sensitive needs on 10/20 (10:00 .. 14:00) and a sixth the next morning.
        for (int i = 0; i < 5; i++) {
            lead("R4", at(10, 20, 10 + i, 0), "客户价格敏感，在比价", null);
        }
        lead("R4", at(10, 21, 9, 30), "价格敏感", null);
        h.notes.writtenAt.put("R4", at(10, 22, 12, 0));
        // R19 in quiet hours: R5's run completes at 21:50 on 10/26.
        for (int i = 0; i < 5; i++) {
            lead("R5", at(10, 26, 21, 10 + 10 * i), "价格敏感", null);
        }

        PushSchedule schedule = h.schedule(h.kv);
        for (long t = Shanghai.at(FIRST, 0, 0, 0); t < Shanghai.at(LAST.plusDays(1), 0, 0, 0); t += 5 * 60_000) {
            LocalDateTime wall = LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(t), Shanghai.ZONE);
            if (wall.toLocalDate().equals(DOWN_DAY) && wall.getHour() == 8 && wall.getMinute() < 25) {
                continue; // all instances down from 08:00 to 08:25: the digest must be caught up at 08:25
            }
            h.clock.set(t);
            if (t == at(10, 22, 8, 20)) {
                schedule.tick(t);
                int before = h.outbox.rows.size();
                // a second instance with the same shared state runs right after (lock expired early)
                h.schedule(h.kv).tick(t);
                // and one that lost the ledger entirely: the outbox dedupe keys still hold
                h.schedule(new InMemoryKeyValueStore(h.clock)).tick(t);
                secondInstanceExtraRows = h.outbox.rows.size() - before;
                continue;
            }
            schedule.tick(t);
        }
    }

    private void lead(String rep, long at, String painPoint, String verified) {
        h.leads.insert(new Lead(0, "C-" + rep + "-" + at, rep, "展会", at, painPoint, "需求确认", at, verified));
    }

    private Map<String, List<LocalDate>> daysByRecipient(String prefix) {
        return h.outbox.withPrefix(prefix).stream().collect(Collectors.groupingBy(RecordingOutbox.Row::recipient,
                TreeMap::new, Collectors.mapping(r -> LocalDate.ofInstant(java.time.Instant.ofEpochMilli(r.dueAt()),
                        Shanghai.ZONE), Collectors.toList())));
    }

    private Card card(String key) {
        assertThat(h.outbox.rows).containsKey(key);
        return (Card) h.outbox.rows.get(key).outbound().message();
    }

    @Test
    void oneDigestPerManagerOnEveryBusinessDayAndNoneOnHolidaysOrWeekends() {
        Map<String, List<LocalDate>> days = daysByRecipient("digest:");
        assertThat(days.keySet()).containsExactly("wx-M1", "wx-M2");
        assertThat(days.get("wx-M1")).containsExactlyElementsOf(BUSINESS_DAYS);
        assertThat(days.get("wx-M2")).containsExactlyElementsOf(BUSINESS_DAYS);
        for (RecordingOutbox.Row row : h.outbox.withPrefix("digest:")) {
            LocalDate day = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(row.dueAt()), Shanghai.ZONE);
            long expected = day.equals(DOWN_DAY) ? Shanghai.at(day, 8, 25, 0) : Shanghai.at(day, 8, 20, 0);
            assertThat(row.dueAt()).as(row.key()).isEqualTo(expected);
        }
    }

    @Test
    void secondInstancesOnTheSameMinuteAddNothing() {
        assertThat(secondInstanceExtraRows).isZero();
    }

    @Test
    void digestShowsYesterdaysCountsHeatmapStreaksRedWarningsAndUntagged() {
        Card c = card("digest:2026-10-15:M1");
        assertThat(c.title()).isEqualTo("晨会摘要 · 华东一组 · 10月15日（周四）");
        assertThat(c.fields()).containsExactly(new CardField("张伟", "5 次", false),
                new CardField("李娜", "5 次", false), new CardField("王强", "1 次", true));
        assertThat(c.image().alt()).isEqualTo("华东一组 heatmap 3");
        assertThat(String.join("\n", c.lines())).contains("有效触达共 11 次").contains("连续低活跃：王强")
                .contains("缺口预警").contains("王强 储备/缺口 0.5倍");
        assertThat(c.tone()).isEqualTo(Tone.DANGER);
        assertThat(String.join("\n", card("digest:2026-10-16:M1").lines())).contains("未打结果标签：李娜 1 条")
                .doesNotContain("连续低活跃");
        Card september = card("digest:2026-09-29:M2");
        assertThat(september.lines()).contains("没有预警，团队节奏正常。");
        assertThat(september.tone()).isEqualTo(Tone.NORMAL);
    }

    @Test
    void talkTrackKitOncePerStreak() {
        assertThat(h.outbox.withPrefix("kit:")).extracting(RecordingOutbox.Row::key)
                .containsExactly("kit:R3:2026-10-12", "kit:R3:2026-10-26");
        assertThat(daysByRecipient("kit:")).containsExactly(Map.entry("wx-R3", List.of(d(10, 15), d(10, 29))));
        Card kit = card("kit:R3:2026-10-12");
        assertThat(kit.title()).contains("通用");
        assertThat(kit.fields()).extracting(CardField::label).containsExactly("客户说“再考虑一下”");
    }

    @Test
    void microLessonOncePerRunWithNoteRequestAndRemindersUntilWritten() {
        List<RecordingOutbox.Row> r4 = h.outbox.withPrefix("lesson:R4:");
        assertThat(r4).hasSize(2);
        assertThat(r4).allSatisfy(r -> assertThat(r.dueAt()).isEqualTo(at(10, 20, 14, 0)));
        assertThat(((Card) r4.get(0).outbound().message()).title()).isEqualTo("微课 · 《高价值客户定价策略》");
        assertThat(r4.get(1).key()).endsWith(":note");
        assertThat(h.notes.requests).containsEntry("R4", 1).containsEntry("R5", 1);
        assertThat(daysByRecipient("lesson-reminder:")).containsExactly(
                Map.entry("wx-R4", List.of(d(10, 21), d(10, 22))),
                Map.entry("wx-R5", List.of(d(10, 28), d(10, 29), d(10, 30), d(11, 2), d(11, 3))));
    }

    @Test
    void lessonCompletedInQuietHoursWaitsUntilTheyEnd() {
        List<RecordingOutbox.Row> r5 = h.outbox.withPrefix("lesson:R5:");
        assertThat(r5).hasSize(2);
        assertThat(r5).allSatisfy(r -> assertThat(r.dueAt()).isEqualTo(at(10, 27, 8, 0)));
    }

    @Test
    void monthlyReportsGoOutOnTheFirstBusinessDayOrOnTheFifth() {
        // October: 1..5 are holidays, so the reports go out on the 5th; November: Monday the 2nd.
        Map<String, List<LocalDate>> health = daysByRecipient("target-health:");
        assertThat(health).containsExactly(
                Map.entry("wx-M1", List.of(d(10, 5), d(11, 2))), Map.entry("wx-M2", List.of(d(10, 5))),
                Map.entry("wx-R1", List.of(d(10, 5), d(11, 2))), Map.entry("wx-R3", List.of(d(10, 5))),
                Map.entry("wx-R4", List.of(d(10, 5))), Map.entry("wx-R5", List.of(d(10, 5))));
        assertThat(card("target-health:2026-10:R3").tone()).isEqualTo(Tone.DANGER);
        assertThat(card("target-health:2026-10:R4").tone()).isEqualTo(Tone.NORMAL);
        assertThat(card("target-health:2026-10:team:M1").lines().get(0)).contains("红色预警 1 人：王强");
        assertThat(daysByRecipient("lead-dwell:")).containsExactly(Map.entry("wx-D1", List.of(d(10, 5), d(11, 2))));
        assertThat(card("lead-dwell:2026-10:D1").link().url()).startsWith("https://bot.example.com/push-files/")
                .contains("?exp=", "&sig=");
        assertThat(card("lead-dwell:2026-10:D1").fields()).allSatisfy(f -> assertThat(f.value())
                .doesNotContain("contact", "won_pending", "need", "proposal", "negotiation"));
    }

    @Test
    void redListToWholeTeamBlackListToManagersOnly() {
        assertThat(daysByRecipient("red-list:2026-10").keySet())
                .containsExactlyInAnyOrder("wx-M1", "wx-R1", "wx-R2", "wx-R3");
        assertThat(daysByRecipient("black-list:").keySet()).containsExactly("wx-M1");
        assertThat(card("red-list:2026-10:R2").fields().get(0).value()).startsWith("1. 张伟 100%");
        assertThat(card("black-list:2026-10:M1").fields().get(0).value()).startsWith("1. 王强 20%");
    }
}
