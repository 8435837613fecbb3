package com.salesbot.core.usecase;

import static com.salesbot.core.testdata.RepBuilder.manager;
import static com.salesbot.core.testdata.RepBuilder.rep;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.CardImage;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryTouchStore;
import com.salesbot.core.fakes.RecordingOutbox;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.model.Team;
import com.salesbot.core.push.ComplianceAlerts;
import com.salesbot.core.push.DailyDigest;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.Shanghai;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SendMorningDigestNowTest {
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final SendMorningDigestNow digestNow;

    SendMorningDigestNowTest() {
        BusinessConfig config = BusinessConfig.defaults();
        BusinessCalendar calendar = new BusinessCalendar(Shanghai.ZONE, config.calendar().holidays(),
                config.calendar().makeUpWorkdays());
        DailyDigest digest = new DailyDigest(org, new InMemoryTouchStore(), (rep, month) -> Optional.empty(),
                calendar, config.thresholds(), (team, heatmap) -> new CardImage("h.png", new byte[] {1}, "heatmap"),
                ComplianceAlerts.NONE, new RecipientDirectory(List.of("wecom")));
        digestNow = new SendMorningDigestNow(digest, calendar, new OutboxWriter(outbox, outbox));
        org.saveTeam(new Team("T1", "华东一组"));
        org.saveTeam(new Team("T2", "华南组"));
        org.saveRep(manager("m1", "T1"));
        org.saveRep(manager("m2", "T2"));
        org.saveRep(rep("r1").build());
    }

    @Test
    void onABusinessDayEveryManagerGetsTodaysDigestAtOnce() {
        long friday = Shanghai.at(LocalDate.of(2026, 11, 27), 10, 0, 0);

        assertThat(digestNow.send(new SendMorningDigestNow.Command(friday))).isEqualTo(2);

        assertThat(outbox.rows.values()).extracting(RecordingOutbox.Row::recipient)
                .containsExactlyInAnyOrder("wx-m1", "wx-m2");
        assertThat(outbox.rows.keySet()).containsExactlyInAnyOrder(
                "sandbox-now:" + friday + ":digest:2026-11-27:m1", "sandbox-now:" + friday + ":digest:2026-11-27:m2");
        assertThat(outbox.rows.values()).allSatisfy(row -> assertThat(row.dueAt()).isEqualTo(friday));
    }

    @Test
    void onAWeekendOrHolidayItIsTheDigestOfTheLatestBusinessDay() {
        long saturday = Shanghai.at(LocalDate.of(2026, 11, 28), 10, 0, 0);
        long nationalDay = Shanghai.at(LocalDate.of(2026, 10, 5), 10, 0, 0);

        digestNow.send(new SendMorningDigestNow.Command(saturday));
        digestNow.send(new SendMorningDigestNow.Command(nationalDay));

        assertThat(outbox.rows.keySet()).filteredOn(k -> k.endsWith(":m1")).containsExactlyInAnyOrder(
                "sandbox-now:" + saturday + ":digest:2026-11-27:m1",
                "sandbox-now:" + nationalDay + ":digest:2026-09-30:m1");
    }

    @Test
    void eachPressIsAFreshCopyButTheSamePressIsQueuedOnce() {
        long friday = Shanghai.at(LocalDate.of(2026, 11, 27), 10, 0, 0);

        digestNow.send(new SendMorningDigestNow.Command(friday));
        digestNow.send(new SendMorningDigestNow.Command(friday));
        assertThat(outbox.rows).hasSize(2);
        digestNow.send(new SendMorningDigestNow.Command(friday + 1));
        assertThat(outbox.rows).hasSize(4);
    }

    @Test
    void quietHoursDoNotDelayAPress() {
        long lateEvening = Shanghai.at(LocalDate.of(2026, 11, 27), 23, 30, 0);

        digestNow.send(new SendMorningDigestNow.Command(lateEvening));

        assertThat(outbox.rows.values()).isNotEmpty()
                .allSatisfy(row -> assertThat(row.dueAt()).isEqualTo(lateEvening));
    }
}
