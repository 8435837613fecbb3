package com.salesbot.core.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Team;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PushEdgesTest {
    private final LocalDate friday = LocalDate.of(2026, 11, 27);

    private PushHarness team() {
        PushHarness h = new PushHarness(Thresholds.defaults());
        h.org.saveTeam(new Team("T1", "华东一组"));
        h.org.saveTeam(new Team("T2", "无主管组"));
        h.org.saveRep(RepBuilder.manager("M1", "T1"));
        h.org.saveRep(RepBuilder.rep("M9").role(com.salesbot.core.model.Role.MANAGER).team("T1").inactive().build());
        h.org.saveRep(RepBuilder.rep("R1").build());
        h.org.saveRep(RepBuilder.rep("R7").team("T2").build());
        return h;
    }

    @Test
    void complianceAlertsMakeTheDigestRedAndOnlyActiveManagersGetIt() {
        PushHarness h = team();
        DailyDigest digest = new DailyDigest(h.org, h.touches, h.health, h.calendar, h.thresholds,
                HeatmapImages.NONE, (t, day) -> List.of("销售R1 在客户签NDA前发送了核心技术参数（11/26 15:02）"),
                h.directory);
        List<Outgoing> pushes = digest.pushes(friday);
        assertThat(pushes).extracting(Outgoing::dedupeKey).containsExactly("digest:2026-11-27:M1");
        Card card = (Card) pushes.get(0).message();
        assertThat(card.tone()).isEqualTo(Tone.DANGER);
        assertThat(card.lines()).anyMatch(l -> l.startsWith("合规提醒：销售R1 在客户签NDA前"));
        assertThat(card.image()).isNull();
    }

    private void priceRun(PushHarness h, long lastAt) {
        for (int i = 4; i >= 0; i--) {
            long at = lastAt - i * 60_000L;
            h.leads.insert(new Lead(0, "C" + at, "R1", "展会", at, "价格敏感", "需求确认", at, null));
        }
    }

    @Test
    void aRunCompletedWithinTheLookBackIsPushedAnOlderOneIsHistory() {
        long now = Shanghai.at(friday, 10, 0, 0);
        PushHarness recent = team();
        priceRun(recent, now - Duration.ofDays(7).toMillis());
        assertThat(recent.coaching.microLessons(now)).extracting(Outgoing::recipient).containsExactly("wx-R1", "wx-R1");

        PushHarness old = team();
        priceRun(old, now - Duration.ofDays(7).toMillis() - 1);
        assertThat(old.coaching.microLessons(now)).isEmpty();
        assertThat(old.notes.requests).isEmpty();
    }

    @Test
    void fourPriceSensitiveEntriesAreNotARun() {
        long now = Shanghai.at(friday, 10, 0, 0);
        PushHarness h = team();
        priceRun(h, now);
        h.leads.insert(new Lead(0, "Cx", "R1", "展会", now - 90_000L, "设备老化", "需求确认", now, null));
        // the unrelated entry sits between the 3rd and 4th of the five: two short runs, no lesson
        assertThat(h.coaching.microLessons(now)).isEmpty();
    }
}
