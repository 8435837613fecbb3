package com.salesbot.core.usecase;

import static com.salesbot.core.testdata.RepBuilder.rep;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.chat.SenderDirectory;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.InMemoryConversationStore;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Direction;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.tagging.ComplianceRulesReader;
import com.salesbot.core.tagging.ComplianceScanner;
import com.salesbot.core.tagging.GroupCustomers;
import com.salesbot.core.tagging.IdleGapSplitter;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.tagging.MessageTagger;
import com.salesbot.core.tagging.PriceSensitiveCounter;
import com.salesbot.core.tagging.RowResult;
import com.salesbot.core.tagging.RowStatus;
import com.salesbot.core.tagging.Tagger;
import com.salesbot.core.tagging.TaggingAlerts;
import com.salesbot.core.tagging.TaggingRulesReader;
import com.salesbot.core.tagging.TextClassifier;
import com.salesbot.core.testdata.MutableClock;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IngestGroupMessageTest {
    private static final Path TAGGING = Path.of("../config/tagging");

    private final MutableClock clock = MutableClock.startingAt("2026-11-27T02:00:00Z");
    private final InMemoryOrgStore org = new InMemoryOrgStore();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final GroupCustomers groups = new GroupCustomers(new InMemoryKeyValueStore(clock));
    private final AtomicInteger events = new AtomicInteger();
    private final IngestGroupMessage ingest = new IngestGroupMessage(groups, new SenderDirectory(org), customers,
            new IngestConversations(store, customers,
                    new MessageTagger(new Tagger(new TaggingRulesReader(BusinessConfig.defaultScenarios())
                            .read(TAGGING, "config/tagging"), TextClassifier.none()),
                            new ComplianceScanner(new ComplianceRulesReader().read(TAGGING, "config/tagging"))),
                    IdleGapSplitter.ofMinutes(30), Transactions.none(),
                    new PriceSensitiveCounter(Thresholds.defaults(), new InMemoryCounterStore(clock)),
                    TaggingAlerts.none(), (rep, customer, tags) -> { }));

    IngestGroupMessageTest() {
        org.saveRep(rep("r1").build());
        org.saveRep(rep("r2").build());
        customers.save(new Customer("c1", "华东精密", "r1", null, "制造业", "A", 0, false));
        customers.save(new Customer("c-orphan", "无主客户", null, null, "制造业", "A", 0, false));
        groups.link("wecom", "grp-1", "c1");
        groups.link("wecom", "grp-orphan", "c-orphan");
        groups.link("dingtalk", "cid-1", "c1");
    }

    @Test
    void aRepWritingInTheGroupIsAnOutgoingMessageOfThatRep() {
        RowResult result = ingest.ingest(group("wecom", "grp-1", "wx-r2", "您好，报价单已发您邮箱")).orElseThrow();

        assertThat(result.status()).isEqualTo(RowStatus.STORED);
        ChatMessage stored = store.messages.values().iterator().next();
        assertThat(stored.repId()).isEqualTo("r2");
        assertThat(stored.customerId()).isEqualTo("c1");
        assertThat(stored.direction()).isEqualTo(Direction.OUT);
    }

    @Test
    void aDingtalkRepIsFoundByStaffId() {
        ingest.ingest(group("dingtalk", "cid-1", "dt-r2", "明天上午过去拜访")).orElseThrow();

        assertThat(store.messages.values()).singleElement().satisfies(m -> {
            assertThat(m.repId()).isEqualTo("r2");
            assertThat(m.direction()).isEqualTo(Direction.OUT);
        });
    }

    @Test
    void anyoneElseIsAnIncomingMessageToTheCustomersOwner() {
        ingest.ingest(group("wecom", "grp-1", "wm-customer-1", "价格能再便宜点吗")).orElseThrow();

        assertThat(store.messages.values()).singleElement().satisfies(m -> {
            assertThat(m.repId()).isEqualTo("r1");
            assertThat(m.direction()).isEqualTo(Direction.IN);
        });
    }

    @Test
    void aRedeliveredMessageIsStoredOnce() {
        InboundMessage message = group("wecom", "grp-1", "wx-r1", "合同明天寄出");

        assertThat(ingest.ingest(message).orElseThrow().status()).isEqualTo(RowStatus.STORED);
        assertThat(ingest.ingest(message).orElseThrow().status()).isEqualTo(RowStatus.DUPLICATE);
        assertThat(store.messages).hasSize(1);
    }

    @Test
    void nothingIsStoredOutsideAMappedGroupOrWithoutARep() {
        assertThat(ingest.ingest(group("wecom", "grp-unmapped", "wx-r1", "你好"))).isEmpty();
        assertThat(ingest.ingest(group("dingtalk", "grp-1", "dt-r1", "同名群在另一个渠道"))).isEmpty();
        assertThat(ingest.ingest(group("wecom", "grp-orphan", "wm-customer-1", "有人吗"))).isEmpty();
        assertThat(ingest.ingest(single("wecom", "wx-r1", "单聊不是群消息"))).isEmpty();
        assertThat(store.messages).isEmpty();
    }

    @Test
    void inAGroupWithoutOwnerARepStillWritesOut() {
        Optional<RowResult> result = ingest.ingest(group("wecom", "grp-orphan", "wx-r1", "我来跟进"));

        assertThat(result).isPresent();
        assertThat(store.messages.values()).singleElement()
                .satisfies(m -> assertThat(m.direction()).isEqualTo(Direction.OUT));
    }

    private InboundMessage group(String channel, String groupId, String sender, String text) {
        return new InboundMessage(channel, "ev-" + events.incrementAndGet(), sender, InboundKind.TEXT, text, null,
                null, null, null, null, true, clock.millis(), groupId);
    }

    private InboundMessage single(String channel, String sender, String text) {
        return new InboundMessage(channel, "ev-" + events.incrementAndGet(), sender, InboundKind.TEXT, text, null,
                null, null, null, null, false, clock.millis(), null);
    }
}
