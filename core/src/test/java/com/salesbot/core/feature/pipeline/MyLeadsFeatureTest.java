package com.salesbot.core.feature.pipeline;

import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.CardButton;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.IgnoreOwnAndEmpty;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.ResolveSender;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryLeadStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.rules.lead.LeadDwellRanking;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.testdata.RepBuilder;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MyLeadsFeatureTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private final MutableClock clock = MutableClock.startingAt("2026-12-03T02:00:00Z");
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryLeadStore leads = new InMemoryLeadStore();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final AtomicInteger events = new AtomicInteger();
    private final BusinessCalendar calendar = BusinessCalendar.weekdays(ZONE);
    private final ConversationEngine engine;
    private final Rep rep = RepBuilder.rep("r1").build();
    private final Rep other = RepBuilder.rep("r2").build();
    private final Rep manager = RepBuilder.manager("m1", "T1");
    private final Lead oldest;
    private final Lead newer;
    private final Lead othersLead;

    MyLeadsFeatureTest() {
        org.saveTeam(new Team("T1", "华东一组"));
        org.saveRep(rep);
        org.saveRep(other);
        org.saveRep(manager);
        customers.save(new Customer("c1", "华新机械", "r1", null, "制造业", "A", 0, false));
        customers.save(new Customer("c2", "东方制造", "r1", null, "制造业", "B", 0, false));
        customers.save(new Customer("c3", "别人的客户", "r2", null, "制造业", "B", 0, false));
        long day = 86_400_000L;
        oldest = leads.insert(new Lead(0, "c1", "r1", "展会", clock.millis() - 20 * day, "设备老化", "needs",
                clock.millis() - 12 * day, null));
        newer = leads.insert(new Lead(0, "c2", "r1", "展会", clock.millis() - 5 * day, "产能不足", "contact",
                clock.millis() - 5 * day, null));
        leads.insert(new Lead(0, "c2", "r1", "展会", clock.millis() - 50 * day, "已签", "won_pending",
                clock.millis() - 40 * day, null));
        othersLead = leads.insert(new Lead(0, "c3", "r2", "转介绍", clock.millis() - 9 * day, "价格", "quote",
                clock.millis() - 9 * day, null));
        DialogStore dialogs = new DialogStore(new InMemoryKeyValueStore(clock));
        engine = new ConversationEngine(List.of(new IgnoreOwnAndEmpty(Set.of("wecom:bot")), new ResolveSender(org)),
                List.of(new MyLeadsFeature(leads, customers, org, BusinessConfig.defaults().stages(),
                        BusinessConfig.defaultLostReasons(), dialogs,
                        audit::add, Transactions.none(), calendar)), dialogs, clock);
    }

    private List<Outgoing> say(Rep who, String text) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), who.wecomUserId(),
                InboundKind.TEXT, text, null, null, null, null, null, false, clock.millis()));
    }

    private List<Outgoing> tap(Rep who, String promptId, String key) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), who.wecomUserId(),
                InboundKind.CARD_ACTION, null, promptId, key, null, "rc", null, false, clock.millis()));
    }

    private static Card card(List<Outgoing> replies) {
        return replies.stream().map(Outgoing::message).filter(Card.class::isInstance).map(Card.class::cast)
                .reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void listsOpenLeadsLongestInStageFirstAndAdvancingResetsTheDwell() {
        Card list = card(say(rep, "我的线索"));
        assertThat(list.lines().get(0)).isEqualTo("华新机械 · 需求确认 · 已停留 12 天");
        assertThat(list.lines().get(1)).isEqualTo("东方制造 · 初步接触 · 已停留 5 天");
        assertThat(list.buttons()).extracting(CardButton::key)
                .containsExactly("adv:" + oldest.id(), "lose:" + oldest.id(), "adv:" + newer.id(),
                        "lose:" + newer.id());

        LeadDwellRanking dwell = new LeadDwellRanking(calendar, Thresholds.defaults());
        assertThat(dwell.days(leads.find(oldest.id()).orElseThrow(), calendar.dayOf(clock.millis()))).isEqualTo(12);
        clock.advance(Duration.ofMinutes(1));
        List<Outgoing> replies = tap(rep, list.promptId(), "adv:" + oldest.id());

        Lead moved = leads.find(oldest.id()).orElseThrow();
        assertThat(moved.stage()).isEqualTo("quote");
        assertThat(moved.stageEnteredAt()).isEqualTo(clock.millis());
        assertThat(dwell.days(moved, calendar.dayOf(clock.millis()))).isZero();
        assertThat(card(replies).lines().get(0)).isEqualTo("东方制造 · 初步接触 · 已停留 5 天");
        assertThat(audit).containsExactly(new AuditEntry("r1", "lead.advance", "lead", Long.toString(oldest.id()),
                "needs", "quote", "wecom", clock.millis()));
    }

    @Test
    void aForgedCallbackForAnotherRepsLeadIsRefusedAndAudited() {
        Card list = card(say(rep, "我的线索"));
        assertThat(onlyText(tap(rep, list.promptId(), "adv:" + othersLead.id()))).contains("只能推进自己的线索");
        assertThat(leads.find(othersLead.id()).orElseThrow().stage()).isEqualTo("quote");
        assertThat(audit).extracting(AuditEntry::action).containsExactly("lead.advance.refused");
        assertThat(audit.get(0).subjectId()).isEqualTo(Long.toString(othersLead.id()));

        assertThat(onlyText(tap(rep, list.promptId(), "adv:999999"))).contains("只能推进自己的线索");
        assertThat(onlyText(tap(rep, list.promptId(), "adv:x"))).contains("没认出来");
    }

    @Test
    void aManagerMayAdvanceTheirTeamsLead() {
        leads.insert(new Lead(0, "c1", "m1", "展会", clock.millis(), "x", "contact", clock.millis(), null));
        Card list = card(say(manager, "我的线索"));
        tap(manager, list.promptId(), "adv:" + othersLead.id());
        assertThat(leads.find(othersLead.id()).orElseThrow().stage()).isEqualTo("negotiation");
    }

    @Test
    void aRepWithoutOpenLeadsIsToldWhatToDo() {
        assertThat(card(say(other, "我的线索")).buttons()).hasSize(2);
        leads.update(othersLead.movedTo("won_pending", clock.millis()));
        assertThat(onlyText(say(other, "我的线索"))).contains("没有待推进的线索");
    }

    @Test
    void losingALeadTakesAReasonTapAndDropsItFromTheListAndTheDwellRanking() {
        Card list = card(say(rep, "我的线索"));
        clock.advance(Duration.ofMinutes(1));
        Card reasons = card(tap(rep, list.promptId(), "lose:" + oldest.id()));
        assertThat(reasons.title()).isEqualTo("输单 · 华新机械");
        assertThat(reasons.buttons()).extracting(CardButton::label)
                .containsExactly("价格", "竞品", "预算取消", "需求变化", "联系不上", "其他");
        assertThat(reasons.buttons().get(1).key()).isEqualTo("why:" + oldest.id() + ":competitor");
        assertThat(leads.find(oldest.id()).orElseThrow().lost()).isFalse();

        List<Outgoing> replies = tap(rep, reasons.promptId(), "why:" + oldest.id() + ":competitor");
        Lead lost = leads.find(oldest.id()).orElseThrow();
        assertThat(lost.lostReason()).isEqualTo("competitor");
        assertThat(lost.lostAt()).isEqualTo(clock.millis());
        assertThat(lost.stage()).isEqualTo("needs");
        assertThat(((com.salesbot.core.card.TextMessage) replies.get(0).message()).text()).contains("已标记输单：华新机械（原因：竞品）");
        assertThat(card(replies).buttons()).extracting(CardButton::key)
                .containsExactly("adv:" + newer.id(), "lose:" + newer.id());
        assertThat(audit).containsExactly(new AuditEntry("r1", "lead.lose", "lead", Long.toString(oldest.id()),
                "needs", "competitor", "wecom", clock.millis()));

        LeadDwellRanking dwell = new LeadDwellRanking(calendar, Thresholds.defaults());
        assertThat(dwell.top(leads.all(), clock.millis(), Set.of("won_pending"))).extracting(d -> d.lead().id())
                .containsExactly(othersLead.id(), newer.id());

        // A second reason tap (a re-delivered callback) changes nothing and is not audited again.
        clock.advance(Duration.ofMinutes(1));
        assertThat(onlyText(tap(rep, reasons.promptId(), "why:" + oldest.id() + ":price"))).contains("不用重复点");
        assertThat(leads.find(oldest.id()).orElseThrow()).isEqualTo(lost);
        assertThat(audit).hasSize(1);
        assertThat(onlyText(tap(rep, list.promptId(), "adv:" + oldest.id()))).contains("已标记输单");
        assertThat(leads.find(oldest.id()).orElseThrow().stage()).isEqualTo("needs");
    }

    @Test
    void aForgedLoseCallbackForAnotherRepsLeadIsRefusedAndAudited() {
        Card list = card(say(rep, "我的线索"));
        assertThat(onlyText(tap(rep, list.promptId(), "lose:" + othersLead.id()))).contains("只能处理自己的线索");
        assertThat(onlyText(tap(rep, list.promptId(), "why:" + othersLead.id() + ":price"))).contains("只能处理自己的线索");
        assertThat(leads.find(othersLead.id()).orElseThrow().lost()).isFalse();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("lead.lose.refused", "lead.lose.refused");

        assertThat(onlyText(tap(rep, list.promptId(), "why:" + oldest.id() + ":weather"))).contains("没认出来");
        assertThat(onlyText(tap(rep, list.promptId(), "why:" + oldest.id()))).contains("没认出来");
        assertThat(leads.find(oldest.id()).orElseThrow().lost()).isFalse();
    }

    @Test
    void aManagerMayLoseTheirTeamsLead() {
        leads.insert(new Lead(0, "c1", "m1", "展会", clock.millis(), "x", "contact", clock.millis(), null));
        Card list = card(say(manager, "我的线索"));
        tap(manager, list.promptId(), "why:" + othersLead.id() + ":unreachable");
        assertThat(leads.find(othersLead.id()).orElseThrow().lostReason()).isEqualTo("unreachable");
        assertThat(audit.get(0).actorId()).isEqualTo("m1");
    }
}
