package com.salesbot.core.push;

import com.salesbot.core.messaging.Outgoing;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Team;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Absences and the sudden-zero signal in the morning pushes: who is away is named and gets no kit; three steady
 * reps dropping to zero on one day make the digest blame the tools, hold back their kits and alert the admins
 * (the directors when no admin is configured).
 */
class CaptureSignalsPushTest {
    /** Thursday 2026-12-03; the six business days before it are 11-25 .. 12-02. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private final PushHarness h = new PushHarness(Thresholds.defaults());
    private final List<LocalDate> days = h.calendar.businessDaysEndingAt(LocalDate.of(2026, 12, 2), 6);
    private long ids;

    private PushHarness team() {
        h.org.saveTeam(new Team("T1", "华东一组"));
        h.org.saveRep(RepBuilder.manager("M1", "T1"));
        h.org.saveRep(RepBuilder.director("D1"));
        for (String r : List.of("R1", "R2", "R3", "R4")) {
            h.org.saveRep(RepBuilder.rep(r).name("销售" + r).build());
        }
        return h;
    }

    private void effective(String rep, LocalDate day, int n) {
        for (int i = 0; i < n; i++) {
            long at = Shanghai.at(day, 10, i, 0);
            h.touches.insert(new Touch(0, rep, "C1", TouchKind.CALL, at, 60, "demo_booked", null, at + 1_000, "api",
                    "t" + ids++));
        }
    }

    /**
     * Days 0-2 everyone has 5; days 3-4 R1-R3 have 2 and R4 10 (below 60 % of the mean 4); on day 5 (yesterday)
     * R4 has 10 and R1-R3 the given counts: R1-R3 end a 3-day low streak yesterday.
     */
    private void weeks(int r1, int r2, int r3) {
        team();
        for (int d = 0; d < 3; d++) {
            for (String r : List.of("R1", "R2", "R3", "R4")) {
                effective(r, days.get(d), 5);
            }
        }
        for (int d = 3; d < 5; d++) {
            for (String r : List.of("R1", "R2", "R3")) {
                effective(r, days.get(d), 2);
            }
            effective("R4", days.get(d), 10);
        }
        effective("R1", days.get(5), r1);
        effective("R2", days.get(5), r2);
        effective("R3", days.get(5), r3);
        effective("R4", days.get(5), 10);
    }

    private Card digestCard() {
        return (Card) h.digest.pushes(TODAY).stream().filter(p -> p.dedupeKey().equals("digest:2026-12-03:M1"))
                .findFirst().orElseThrow().message();
    }

    private List<String> kitRecipients() {
        return h.coaching.talkTrackKits(TODAY).stream().map(Outgoing::recipient).toList();
    }

    @Test
    void threeSteadyRepsAtZeroOnOneDayAreATelltaleOfTheToolsNotOfActivity() {
        weeks(0, 0, 0);

        Card card = digestCard();
        assertThat(card.lines()).anyMatch(l -> l.startsWith("⚠ 疑似工具问题：销售R1、销售R2、销售R3")
                && l.contains("不是活跃度问题"));
        assertThat(card.lines()).noneMatch(l -> l.startsWith("连续低活跃"));
        assertThat(kitRecipients()).isEmpty();

        List<Outgoing> alerts = h.digest.pushes(TODAY).stream().filter(p -> p.dedupeKey().startsWith("sudden-zero:"))
                .toList();
        assertThat(alerts).extracting(Outgoing::dedupeKey).containsExactly("sudden-zero:2026-12-03:T1:D1");
        Card alert = (Card) alerts.get(0).message();
        assertThat(alert.lines()).anyMatch(l -> l.startsWith("销售R1：最近一次卡片回调 12月1日 10:01")
                && l.endsWith("渠道 企业微信、钉钉"));
    }

    @Test
    void theAlertGoesToTheConfiguredAdminsInsteadOfTheDirectors() {
        weeks(0, 0, 0);
        h.org.saveTeam(new Team("OPS", "运营支持"));
        h.org.saveRep(RepBuilder.rep("A1").name("运维小刘").team("OPS").build());
        h.org.saveRep(RepBuilder.rep("A2").name("离职管理员").team("OPS").inactive().build());
        DailyDigest withAdmins = new DailyDigest(h.org, h.touches, h.health, h.calendar, h.thresholds,
                (team, heatmap) -> null, ComplianceAlerts.NONE, h.directory, null, Set.of("A1", "A2"));

        List<Outgoing> alerts = withAdmins.pushes(TODAY).stream()
                .filter(p -> p.dedupeKey().startsWith("sudden-zero:")).toList();

        assertThat(alerts).extracting(Outgoing::dedupeKey).containsExactly("sudden-zero:2026-12-03:T1:A1");
        assertThat(alerts).extracting(Outgoing::recipient).containsExactly("wx-A1");
        Card alert = (Card) alerts.get(0).message();
        assertThat(alert.lines()).anyMatch(l -> l.startsWith("销售R2：最近一次卡片回调 12月1日 10:01"));
    }

    @Test
    void withOnlyAnInactiveAdminConfiguredTheDirectorsStillGetTheAlert() {
        weeks(0, 0, 0);
        h.org.saveRep(RepBuilder.rep("A2").name("离职管理员").inactive().build());
        DailyDigest withAdmins = new DailyDigest(h.org, h.touches, h.health, h.calendar, h.thresholds,
                (team, heatmap) -> null, ComplianceAlerts.NONE, h.directory, null, Set.of("A2", "nobody"));

        assertThat(withAdmins.pushes(TODAY).stream().filter(p -> p.dedupeKey().startsWith("sudden-zero:")))
                .extracting(Outgoing::dedupeKey).containsExactly("sudden-zero:2026-12-03:T1:D1");
    }

    @Test
    void twoRepsAtZeroAreLowActivityAndGetTheirKits() {
        weeks(0, 0, 1);

        Card card = digestCard();
        assertThat(card.lines()).noneMatch(l -> l.contains("疑似工具问题"));
        assertThat(card.lines()).anyMatch(l -> l.startsWith("连续低活跃：销售R1、销售R2、销售R3"));
        assertThat(kitRecipients()).containsExactlyInAnyOrder("wx-R1", "wx-R2", "wx-R3");
        assertThat(h.digest.pushes(TODAY)).noneMatch(p -> p.dedupeKey().startsWith("sudden-zero:"));
    }

    @Test
    void aRepWhoMissedOneOfTheSteadyDaysIsNotSteady() {
        team();
        for (int d = 0; d < 3; d++) {
            for (String r : List.of("R1", "R2", "R3", "R4")) {
                if (!(d == 0 && r.equals("R3"))) {
                    effective(r, days.get(d), 5);
                }
            }
        }
        for (int d = 3; d < 6; d++) {
            for (String r : List.of("R1", "R2", "R3")) {
                effective(r, days.get(d), d == 5 ? 0 : 2);
            }
            effective("R4", days.get(d), 10);
        }
        assertThat(digestCard().lines()).noneMatch(l -> l.contains("疑似工具问题"));
        assertThat(kitRecipients()).contains("wx-R3");
    }

    @Test
    void aRepOnLeaveIsNamedInTheDigestAndGetsNoKitOnlyWhileTheLeaveCoversTheDay() {
        weeks(0, 0, 1);
        h.org.saveAbsence(new Absence("R1", TODAY, TODAY.plusDays(1)));

        assertThat(digestCard().lines()).anyMatch(l -> l.startsWith("今日请假：销售R1"));
        assertThat(kitRecipients()).containsExactlyInAnyOrder("wx-R2", "wx-R3");

        // the day after the leave the digest no longer names R1
        assertThat(((Card) h.digest.pushes(LocalDate.of(2026, 12, 7)).stream()
                .filter(p -> p.dedupeKey().startsWith("digest:")).findFirst().orElseThrow().message()).lines())
                .noneMatch(l -> l.startsWith("今日请假"));
    }

    @Test
    void aLeaveStartingTomorrowChangesNothingToday() {
        weeks(0, 0, 1);
        h.org.saveAbsence(new Absence("R1", TODAY.plusDays(1), TODAY.plusDays(3)));

        assertThat(digestCard().lines()).noneMatch(l -> l.startsWith("今日请假"));
        assertThat(kitRecipients()).containsExactlyInAnyOrder("wx-R1", "wx-R2", "wx-R3");
    }

    @Test
    void aRepOnLeaveYesterdayIsLeftOutOfTheMeanAndHisStreakIsBroken() {
        weeks(0, 0, 1);
        h.org.saveAbsence(new Absence("R1", days.get(5), days.get(5)));

        // R1 not evaluated yesterday: no streak, no kit; the others' mean is (0 + 1 + 10) / 3
        assertThat(kitRecipients()).containsExactlyInAnyOrder("wx-R2", "wx-R3");
        assertThat(digestCard().lines()).anyMatch(l -> l.startsWith("连续低活跃：销售R2、销售R3"));
    }

    @Test
    void aLeaveEndingTheDayBeforeYesterdayDoesNotSpareTheStreak() {
        weeks(0, 0, 1);
        h.org.saveAbsence(new Absence("R1", days.get(1), days.get(2)));

        assertThat(kitRecipients()).containsExactlyInAnyOrder("wx-R1", "wx-R2", "wx-R3");
    }
}
