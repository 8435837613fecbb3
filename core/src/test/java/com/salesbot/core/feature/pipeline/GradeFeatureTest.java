package com.salesbot.core.feature.pipeline;

import static com.salesbot.core.chat.ChatHarness.onlyCard;
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
import com.salesbot.core.config.GradingStandard;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.testdata.RepBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GradeFeatureTest {
    private final MutableClock clock = MutableClock.startingAt("2026-12-03T02:00:00Z");
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final AtomicInteger events = new AtomicInteger();
    private final ConversationEngine engine;
    private final Rep rep = RepBuilder.rep("r1").build();

    GradeFeatureTest() {
        org.saveTeam(new Team("T1", "华东一组"));
        org.saveTeam(new Team("T2", "华南组"));
        org.saveRep(rep);
        org.saveRep(RepBuilder.rep("r9").team("T2").build());
        customers.save(new Customer("c1", "华新机械", "r1", null, "制造业", "B", 5_000L, false));
        customers.save(new Customer("c2", "东方制造", "r1", null, "制造业", null, 0, false));
        customers.save(new Customer("c9", "别组客户", "r9", null, "制造业", "C", 0, false));
        DialogStore dialogs = new DialogStore(new InMemoryKeyValueStore(clock));
        engine = new ConversationEngine(List.of(new IgnoreOwnAndEmpty(Set.of("wecom:bot")), new ResolveSender(org)),
                List.of(new GradeFeature(customers, org, dialogs, audit::add, Transactions.none()),
                        new GradingStandardFeature(new GradingStandard(GradingStandard.defaults().grades(),
                                List.of(new GradingStandard.Level("hot", "很热", "下周就签")))
                        )), dialogs, clock);
    }

    private List<Outgoing> say(String text) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), rep.wecomUserId(),
                InboundKind.TEXT, text, null, null, null, null, null, false, clock.millis()));
    }

    private List<Outgoing> tap(String promptId, String key) {
        return engine.handle(new InboundMessage("wecom", "e" + events.incrementAndGet(), rep.wecomUserId(),
                InboundKind.CARD_ACTION, null, promptId, key, null, "rc", null, false, clock.millis()));
    }

    @Test
    void twoTapsUpdateTheGradeAndItsTimeAndAreAudited() {
        Card pick = onlyCard(say("客户分级"));
        assertThat(pick.buttons()).extracting(CardButton::label).containsExactly("东方制造（未分级）", "华新机械（B）");
        Card grades = onlyCard(tap(pick.promptId(), "cust:c1"));
        assertThat(grades.buttons()).extracting(CardButton::label).containsExactly("A", "B", "C", "D");
        assertThat(grades.lines()).anyMatch(l -> l.contains("发“分级标准”"));
        Card done = onlyCard(tap(pick.promptId(), "grade:A"));

        assertThat(done.title()).isEqualTo("已更新：华新机械 → A");
        Customer c1 = customers.find("c1").orElseThrow();
        assertThat(c1.grade()).isEqualTo("A");
        assertThat(c1.gradeUpdatedAt()).isEqualTo(clock.millis());
        assertThat(audit).containsExactly(new AuditEntry("r1", "customer.grade", "customer", "c1", "B", "A", "wecom",
                clock.millis()));
    }

    @Test
    void aForgedCustomerOrGradeIsRefusedAndChangesNothing() {
        Card pick = onlyCard(say("客户分级"));
        assertThat(onlyText(tap(pick.promptId(), "cust:c9"))).contains("只能更新自己客户的等级");
        assertThat(audit).extracting(AuditEntry::action).containsExactly("customer.grade.refused");
        onlyCard(tap(pick.promptId(), "cust:c2"));
        assertThat(onlyText(tap(pick.promptId(), "grade:S"))).contains("点一下等级");
        assertThat(customers.find("c9").orElseThrow().grade()).isEqualTo("C");
        assertThat(customers.find("c2").orElseThrow().grade()).isNull();
    }

    @Test
    void theGradingStandardIsAnsweredFromTheConfiguredLevels() {
        Card standard = onlyCard(say("分级标准"));
        assertThat(standard.title()).isEqualTo("客户分级标准");
        assertThat(standard.lines()).contains("A 重点客户：年采购额50万以上或行业标杆，已接触到决策人，半年内有明确采购计划",
                "D 观察客户：暂无需求、长期联系不上或明显不匹配，只做低频维护", "很热：下周就签");
        assertThat(standard.buttons()).isEmpty();
        assertThat(audit).isEmpty();
    }
}
