package com.salesbot.core.chat;

import static com.salesbot.core.chat.ChatHarness.onlyCard;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.Tone;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryLeadStore;
import com.salesbot.core.fakes.InMemoryOpportunityStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.fakes.InMemoryPaymentStore;
import com.salesbot.core.fakes.InMemoryTargetStore;
import com.salesbot.core.fakes.InMemoryTouchStore;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Target;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.testdata.MutableClock;
import com.salesbot.core.query.TargetHealthQuery;
import com.salesbot.core.testdata.RepBuilder;
import com.salesbot.core.testdata.Shanghai;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 目标 answered from stored targets, payments and opportunities through the real R9/R10 rules. */
class EngineWithRulesTest {
    private static final long WAN = 1_000_000L;

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T02:00:00Z");
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryTargetStore targets = new InMemoryTargetStore();
    private final InMemoryPaymentStore payments = new InMemoryPaymentStore();
    private final InMemoryOpportunityStore opportunities = new InMemoryOpportunityStore();
    private final ConversationEngine engine;

    EngineWithRulesTest() {
        BusinessConfig config = BusinessConfig.defaults();
        ChatPorts ports = new ChatPorts(org, new InMemoryCustomerStore(), new InMemoryLeadStore(),
                new InMemoryTouchStore(), new InMemoryKeyValueStore(clock),
                new TargetHealthQuery(targets, payments, opportunities, config.thresholds(), Shanghai.ZONE),
                (rep, month) -> List.of(), note -> { }, null, null);
        engine = ChatHarness.engine(ports, config, ChatSettings.defaults(), clock);
        org.saveRep(RepBuilder.rep("r1").name("张三").build());
    }

    private Card target() {
        return onlyCard(engine.handle(new InboundMessage("sandbox", "e1", "r1", InboundKind.TEXT, "我的目标", null, null,
                null, null, null, false, clock.millis())));
    }

    @Test
    void theRedWarningFlipsAtGapTimesOnePointEight() {
        targets.save(new Target("r1", YearMonth.of(2026, 11), 1000 * WAN));
        payments.save(new Payment("p1", "r1", "c1", null, 650 * WAN, Shanghai.noon(LocalDate.of(2026, 11, 10))));
        opportunities.save(qualified(629 * WAN));
        Card red = target();
        assertThat(red.tone()).isEqualTo(Tone.DANGER);
        assertThat(red.lines().get(0)).contains("红色预警").contains("1万元");
        assertThat(red.fields()).anyMatch(f -> f.label().equals("缺口") && f.value().equals("350万元"));

        opportunities.save(qualified(630 * WAN));
        Card ok = target();
        assertThat(ok.tone()).isNotEqualTo(Tone.DANGER);
        assertThat(ok.lines()).noneMatch(l -> l.contains("红色预警"));
    }

    private static Opportunity qualified(long amountFen) {
        return new Opportunity("o1", "c1", "r1", amountFen, "negotiation", true, true, true, null,
                OpportunityStatus.OPEN, false, Shanghai.noon(LocalDate.of(2026, 10, 1)), 0);
    }
}
