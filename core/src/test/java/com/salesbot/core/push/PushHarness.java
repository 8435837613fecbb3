package com.salesbot.core.push;

import com.salesbot.core.card.CardImage;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.ScheduleSettings;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryLeadStore;
import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryPaymentStore;
import com.salesbot.core.fakes.InMemoryTargetStore;
import com.salesbot.core.fakes.InMemoryTouchStore;
import com.salesbot.core.fakes.RecordingOutbox;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.query.TargetHealthQuery;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.testdata.Shanghai;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/** The push use cases over in-memory stores, a mutable clock and a recording outbox. */
final class PushHarness {
    final MutableClock clock = new MutableClock(0);
    final InMemoryOrgStore org = new InMemoryOrgStore();
    final InMemoryTouchStore touches = new InMemoryTouchStore();
    final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    final InMemoryLeadStore leads = new InMemoryLeadStore();
    final InMemoryTargetStore targets = new InMemoryTargetStore();
    final InMemoryPaymentStore payments = new InMemoryPaymentStore();
    final InMemoryOpportunityStore opportunities = new InMemoryOpportunityStore();
    final KeyValueStore kv = new InMemoryKeyValueStore(clock);
    final RecordingOutbox outbox = new RecordingOutbox();
    final FakeApplicationNotes notes = new FakeApplicationNotes(clock);
    final BusinessConfig config;
    final Thresholds thresholds;
    final BusinessCalendar calendar;
    final RecipientDirectory directory = new RecipientDirectory(List.of("wecom"));
    final PlaybookLibrary playbooks = new PlaybookLibrary(List.of(
            new Playbook("kit-manufacturing", Playbook.Kind.KIT, "制造业客户", Set.of("制造业"),
                    List.of(new Playbook.Snippet("客户说“你们比别家贵”", "先问对方比的是哪一项，再算三年总成本。"))),
            new Playbook("kit-general", Playbook.Kind.KIT, "通用", Set.of("*"),
                    List.of(new Playbook.Snippet("客户说“再考虑一下”", "问清楚还差哪个条件，约定下次沟通时间。"))),
            new Playbook(CoachingPushes.PRICING_LESSON, Playbook.Kind.LESSON, "高价值客户定价策略", Set.of(),
                    List.of(new Playbook.Snippet("把价格谈成价值", "先量化客户的损失，再报价。")))));
    final TargetHealthQuery health;
    final PushFiles files;
    final DailyDigest digest;
    final CoachingPushes coaching;
    final MonthlyPushes monthly;

    PushHarness(Thresholds thresholds) {
        this.config = BusinessConfig.defaults();
        this.thresholds = thresholds;
        this.calendar = new BusinessCalendar(Shanghai.ZONE, config.calendar().holidays(),
                config.calendar().makeUpWorkdays());
        this.health = new TargetHealthQuery(targets, payments, opportunities, thresholds, Shanghai.ZONE);
        this.files = new KeyValuePushFiles(kv, new SignedLinks("https://bot.example.com", "/push-files",
                "harness-link-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.Clock.systemUTC(),
                Duration.ofDays(40)), Duration.ofDays(40));
        HeatmapImages images = (team, heatmap) -> new CardImage("heatmap.png", new byte[] {1, 2, 3},
                team.name() + " heatmap " + heatmap.rows().size());
        this.digest = new DailyDigest(org, touches, health, calendar, thresholds, images, ComplianceAlerts.NONE,
                directory);
        this.coaching = new CoachingPushes(org, touches, customers, leads, calendar, thresholds, playbooks, notes,
                new PushLedger(kv), directory, Duration.ofDays(7),
                new QuietHours(config.schedule(), Shanghai.ZONE));
        this.monthly = new MonthlyPushes(org, leads, customers, health, calendar, thresholds, Set.of(), files,
                directory, config.stages());
    }

    PushSchedule schedule(KeyValueStore ledgerStore) {
        return schedule(ledgerStore, WeeklyPushes.NONE);
    }

    PushSchedule schedule(KeyValueStore ledgerStore, WeeklyPushes weekly) {
        ScheduleSettings schedule = config.schedule();
        return new PushSchedule(digest, coaching, monthly,
                new PushOutbox(new OutboxWriter(outbox, outbox), new QuietHours(schedule, Shanghai.ZONE)), new PushLedger(ledgerStore),
                calendar, schedule, weekly);
    }
}
