package com.salesbot.core.feature.pipeline;

import static com.salesbot.core.chat.ChatHarness.keyOf;
import static com.salesbot.core.chat.ChatHarness.onlyText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.IgnoreOwnAndEmpty;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.chat.ResolveSender;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryPaymentStore;
import com.salesbot.core.fakes.InMemoryTargetStore;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Target;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.query.TargetHealthQuery;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.testdata.RepBuilder;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OpportunityFeatureTest {
    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private final MutableClock clock = MutableClock.startingAt("2026-12-03T02:00:00Z");
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final InMemoryOpportunityStore opportunities = new InMemoryOpportunityStore();
    private final InMemoryTargetStore targets = new InMemoryTargetStore();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final AtomicInteger events = new AtomicInteger();
    private final ConversationEngine engine;
    private final Rep rep = RepBuilder.rep("r1").build();
    private final TargetHealthQuery health = new TargetHealthQuery(targets, new InMemoryPaymentStore(), opportunities,
            Thresholds.defaults(), ZoneId.of("Asia/Shanghai"));

    OpportunityFeatureTest() {
        org.saveTeam(new Team("T1", "华东一组"));
        org.saveTeam(new Team("T2", "华南组"));
        org.saveRep(rep);
        org.saveRep(RepBuilder.rep("r9").team("T2").build());
        customers.save(new Customer("c1", "华新机械", "r1", null, "制造业", "A", 0, false));
        opportunities.save(new Opportunity("o1", "c1", "r1", 50_000_00L, "quote", true, false, false, null,
                OpportunityStatus.OPEN, false, 0, 0));
        opportunities.save(new Opportunity("o9", null, "r9", 10_000_00L, "quote", false, false, false, null,
                OpportunityStatus.OPEN, false, 0, 0));
        targets.save(new Target("r1", DEC, 1_000_000_00L));
        DialogStore dialogs = new DialogStore(new InMemoryKeyValueStore(clock));
        engine = new ConversationEngine(List.of(new IgnoreOwnAndEmpty(Set.of("wecom:bot")), new ResolveSender(org)),
                List.of(new OpportunityFeature(opportunities, customers, org, dialogs, audit::add,
                        Transactions.none())), dialogs, clock);
    }

    private List<Outgoing> say(String text) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), rep.wecomUserId(),
                InboundKind.TEXT, text, null, null, null, null, null, false, clock.millis()));
    }

    private List<Outgoing> tap(String promptId, String key) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), rep.wecomUserId(),
                InboundKind.CARD_ACTION, null, promptId, key, null, "rc", null, false, clock.millis()));
    }

    private static Card card(List<Outgoing> replies) {
        return replies.stream().map(Outgoing::message).filter(Card.class::isInstance).map(Card.class::cast)
                .reduce((a, b) -> b).orElseThrow();
    }

    private long reserve() {
        return health.health(rep, DEC).orElseThrow().reserveFen();
    }

    @Test
    void confirmingBudgetAndDecisionMakerPutsTheOpportunityIntoTheReserveThatTargetShows() {
        assertThat(reserve()).isZero();
        Card list = card(say("商机"));
        Card detail = card(tap(list.promptId(), "opp:o1"));
        assertThat(detail.buttons()).extracting(b -> b.label()).containsExactly("确认预算", "确认决策人", "设置金额");
        tap(list.promptId(), keyOf(detail, "确认预算"));
        assertThat(reserve()).isZero();
        Card done = card(tap(list.promptId(), "ok:dm"));

        assertThat(done.lines()).anyMatch(l -> l.startsWith("✓ 已计入有效商机储备"));
        assertThat(reserve()).isEqualTo(50_000_00L);
        assertThat(audit).extracting(AuditEntry::action).containsExactly("opportunity.confirm", "opportunity.confirm");
        assertThat(audit.get(1).after()).isEqualTo("need=true,budget=true,dm=true");
    }

    @Test
    void theAmountIsTypedValidatedAndRaisesTheReserve() {
        opportunities.save(new Opportunity("o1", "c1", "r1", 50_000_00L, "quote", true, true, true, null,
                OpportunityStatus.OPEN, false, 0, 0));
        Card list = card(say("商机"));
        tap(list.promptId(), "opp:o1");
        assertThat(onlyText(tap(list.promptId(), "amount"))).contains("预计金额");
        for (String bad : List.of("很多", "0", "-5", "12.345万", "2000000万")) {
            assertThat(onlyText(say(bad))).as(bad).contains("没看懂这个金额").contains("没有改动");
        }
        assertThat(reserve()).isEqualTo(50_000_00L);
        Card updated = card(say("12.5万"));
        assertThat(updated.lines()).anyMatch(l -> l.startsWith("金额已更新"));
        assertThat(opportunities.find("o1").orElseThrow().amountFen()).isEqualTo(125_000_00L);
        assertThat(reserve()).isEqualTo(125_000_00L);
        assertThat(audit).extracting(AuditEntry::before, AuditEntry::after)
                .containsExactly(tuple("5000000", "12500000"));
    }

    @Test
    void aForgedTapForAnotherRepsOpportunityIsRefusedAndAudited() {
        Card list = card(say("商机"));
        assertThat(onlyText(tap(list.promptId(), "opp:o9"))).contains("只能修改自己");
        assertThat(audit).extracting(AuditEntry::action).containsExactly("opportunity.refused");
        assertThat(opportunities.find("o9").orElseThrow().needConfirmed()).isFalse();
    }

    @Test
    void parsesAmounts() {
        assertThat(OpportunityFeature.parseFen("120000")).contains(120_000_00L);
        assertThat(OpportunityFeature.parseFen("12万元")).contains(120_000_00L);
        assertThat(OpportunityFeature.parseFen("1,200.50")).contains(1_200_50L);
        assertThat(OpportunityFeature.parseFen("1000000万")).contains(1_000_000_000_000L);
        assertThat(OpportunityFeature.parseFen("1000000.01万")).isEqualTo(Optional.empty());
        assertThat(OpportunityFeature.parseFen("0.01")).contains(1L);
    }
}
