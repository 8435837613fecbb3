package com.salesbot.core.feature.pipeline;

import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.IgnoreOwnAndEmpty;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.ResolveSender;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryLeadStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.credibility.CredibilityLists;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The Monday source-accuracy card (R20): which leads it lists, and what its taps record. */
class SourceCheckFeatureTest {
    /** Monday 2026-12-07: last week is 11-30 .. 12-06. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    private final MutableClock clock = MutableClock.startingAt("2026-12-07T01:30:00Z");
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryLeadStore leads = new InMemoryLeadStore();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final AtomicInteger events = new AtomicInteger();
    private final BusinessCalendar calendar = BusinessCalendar.weekdays(Shanghai.ZONE);
    private final DialogStore dialogs = new DialogStore(new InMemoryKeyValueStore(clock));
    private final Rep manager = RepBuilder.manager("M1", "T1");
    private final Rep otherManager = RepBuilder.manager("M2", "T2");
    private final SourceCheckFeature feature;
    private final ConversationEngine engine;

    SourceCheckFeatureTest() {
        org.saveTeam(new Team("T1", "华东一组"));
        org.saveTeam(new Team("T2", "华南组"));
        org.saveRep(manager);
        org.saveRep(otherManager);
        org.saveRep(RepBuilder.rep("R1").name("张三").build());
        org.saveRep(RepBuilder.rep("R9").name("李九").team("T2").build());
        customers.save(new Customer("c1", "华新机械", "R1", null, "制造业", "A", 0, false));
        customers.save(new Customer("c2", "东方制造", "R1", null, "制造业", "B", 0, false));
        customers.save(new Customer("c9", "南方电子", "R9", null, "制造业", "B", 0, false));
        feature = feature(10);
        engine = new ConversationEngine(List.of(new IgnoreOwnAndEmpty(Set.of("wecom:bot")), new ResolveSender(org)),
                List.of(feature), dialogs, clock);
    }

    private SourceCheckFeature feature(int max) {
        return new SourceCheckFeature(org, leads, customers, BusinessConfig.defaults().leadSources(), dialogs,
                audit::add, Transactions.none(), calendar, new RecipientDirectory(List.of("wecom")), max);
    }

    private Lead lead(String customer, String owner, String source, LocalDate created, int hour) {
        long at = Shanghai.at(created, hour, 0, 0);
        return leads.insert(new Lead(0, customer, owner, source, at, "痛点", "contact", at, null));
    }

    private List<Outgoing> tap(Rep who, String promptId, String key) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), who.wecomUserId(),
                InboundKind.CARD_ACTION, null, promptId, key, null, "rc", null, false, clock.millis()));
    }

    private static Card card(Outgoing push) {
        return (Card) push.message();
    }

    @Test
    void eachManagerGetsLastWeeksUncheckedLeadsOfTheirTeamOnly() {
        Lead first = lead("c1", "R1", "exhibition", LocalDate.of(2026, 11, 30), 0); // Monday 00:00: in
        Lead second = lead("c2", "R1", "referral", LocalDate.of(2026, 12, 6), 23); // Sunday 23:00: in
        lead("c1", "R1", "website", LocalDate.of(2026, 11, 29), 23); // the Sunday before: out
        lead("c2", "R1", "website", LocalDate.of(2026, 12, 7), 0); // this week: out
        leads.insert(new Lead(0, "c1", "R1", "ads", Shanghai.at(LocalDate.of(2026, 12, 2), 10, 0, 0), "痛点",
                "contact", 0, "ads")); // already checked: out
        Lead south = lead("c9", "R9", "partner", LocalDate.of(2026, 12, 1), 10);

        List<Outgoing> pushes = feature.weekly(MONDAY.plusDays(1));

        assertThat(pushes).extracting(Outgoing::dedupeKey)
                .containsExactly("source-check:2026-12-07:M1", "source-check:2026-12-07:M2");
        Card east = card(pushes.get(0));
        assertThat(pushes.get(0).recipient()).isEqualTo("wx-M1");
        assertThat(east.lines()).containsExactly(
                "华东一组上周新增 2 条线索。登记的来源对吗？点一下就好，结果计入数据可信度红黑榜：",
                "1. 华新机械 · 张三 · 登记来源：展会", "2. 东方制造 · 张三 · 登记来源：老客户转介");
        assertThat(east.buttons()).extracting(CardButton::key).containsExactly("ok:" + first.id(),
                "bad:" + first.id(), "ok:" + second.id(), "bad:" + second.id());
        assertThat(card(pushes.get(1)).buttons()).extracting(CardButton::key)
                .containsExactly("ok:" + south.id(), "bad:" + south.id());
        assertThat(dialogs.find(east.promptId()).orElseThrow().repId()).isEqualTo("M1");
    }

    @Test
    void theCardListsAtMostTheConfiguredNumberOldestFirst() {
        Lead a = lead("c1", "R1", "exhibition", LocalDate.of(2026, 12, 1), 9);
        Lead b = lead("c2", "R1", "referral", LocalDate.of(2026, 12, 1), 8);
        lead("c2", "R1", "referral", LocalDate.of(2026, 12, 3), 8);

        Card two = card(feature(2).weekly(MONDAY).get(0));
        assertThat(two.lines().get(0)).startsWith("华东一组上周新增 3 条线索，先核对最早的 2 条。");
        assertThat(two.buttons()).extracting(CardButton::key).containsExactly("ok:" + b.id(), "bad:" + b.id(),
                "ok:" + a.id(), "bad:" + a.id());
        assertThat(card(feature(3).weekly(MONDAY).get(0)).lines()).hasSize(4);
        assertThat(feature(Thresholds.defaults().sourceCheckLeads()).weekly(MONDAY)).hasSize(1);
    }

    @Test
    void noNewLeadsNoCard() {
        lead("c1", "R1", "exhibition", LocalDate.of(2026, 11, 20), 9);
        assertThat(feature.weekly(MONDAY)).isEmpty();
    }

    @Test
    void accurateAndInaccurateTapsRecordTheVerifiedSourceThatR20Reads() {
        Lead right = lead("c1", "R1", "exhibition", LocalDate.of(2026, 12, 1), 9);
        Lead wrong = lead("c2", "R1", "referral", LocalDate.of(2026, 12, 2), 9);
        String promptId = card(feature.weekly(MONDAY).get(0)).promptId();

        assertThat(onlyText(tap(manager, promptId, "ok:" + right.id()))).isEqualTo("已记录：华新机械 来源准确（展会）。");
        assertThat(leads.find(right.id()).orElseThrow().verifiedSourceChannel()).isEqualTo("exhibition");

        Card actual = onlyCard(tap(manager, promptId, "bad:" + wrong.id()));
        assertThat(actual.buttons()).extracting(CardButton::label)
                .containsExactly("官网表单", "展会", "电话陌拜", "合作伙伴", "广告投放");
        assertThat(leads.find(wrong.id()).orElseThrow().verifiedSourceChannel()).isNull();
        assertThat(onlyText(tap(manager, actual.promptId(), "src:" + wrong.id() + ":cold_call")))
                .isEqualTo("已记录：东方制造 实际来源是电话陌拜（登记为老客户转介）。");
        assertThat(leads.find(wrong.id()).orElseThrow().verifiedSourceChannel()).isEqualTo("cold_call");

        assertThat(audit).containsExactly(
                new AuditEntry("M1", "lead.source.verify", "lead", Long.toString(right.id()), null, "exhibition",
                        "wecom", clock.millis()),
                new AuditEntry("M1", "lead.source.verify", "lead", Long.toString(wrong.id()), null, "cold_call",
                        "wecom", clock.millis()));

        // the same tap again (a re-delivered callback) records nothing new
        assertThat(onlyText(tap(manager, promptId, "ok:" + right.id()))).startsWith("已记录过");
        assertThat(audit).hasSize(2);

        // R20's accuracy list reads exactly these checks: 1 of 2 checked leads had the right source
        var accuracy = new CredibilityLists(calendar,
                com.salesbot.core.config.ThresholdValues.withOverrides(java.util.Map.of("credibilityMinSamples", 1)))
                .leadSourceAccuracy(org.repsOfTeam("T1"), leads.all());
        assertThat(accuracy.red()).singleElement().satisfies(r -> {
            assertThat(r.repId()).isEqualTo("R1");
            assertThat(r.rate().hits()).isEqualTo(1);
            assertThat(r.rate().samples()).isEqualTo(2);
        });
    }

    @Test
    void aForgedTapForAnotherTeamsLeadIsRefusedAndAudited() {
        lead("c1", "R1", "exhibition", LocalDate.of(2026, 12, 1), 9);
        Lead south = lead("c9", "R9", "partner", LocalDate.of(2026, 12, 1), 10);
        String promptId = card(feature.weekly(MONDAY).get(0)).promptId();

        assertThat(onlyText(tap(manager, promptId, "ok:" + south.id()))).contains("只能核对本组");
        assertThat(onlyText(tap(manager, promptId, "src:" + south.id() + ":website"))).contains("只能核对本组");
        assertThat(leads.find(south.id()).orElseThrow().verifiedSourceChannel()).isNull();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("lead.source.refused", "lead.source.refused");

        assertThat(onlyText(tap(manager, promptId, "src:" + south.id() + ":moon"))).contains("没认出来");
        // another person's tap on the manager's card is not theirs
        assertThat(tap(otherManager, promptId, "ok:" + south.id())).hasSize(1);
        assertThat(leads.find(south.id()).orElseThrow().verifiedSourceChannel()).isNull();
    }
}
