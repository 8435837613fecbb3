package com.salesbot.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.InMemoryConversationStore;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class IngestConversationsTest {
    private static final long T0 = 1_780_000_000_000L;
    private static final long MIN = 60_000L;

    private final InMemoryConversationStore store = new InMemoryConversationStore();
    private final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    private final List<String> alerts = new ArrayList<>();
    private final List<String> writes = new ArrayList<>();
    private final RollbackTransactions transactions = new RollbackTransactions();
    private final IngestConversations ingest = new IngestConversations(store, customers,
            new MessageTagger(new Tagger(TaggingFixtures.shippedRules(), TextClassifier.none()),
                    new ComplianceScanner(TaggingFixtures.shippedCompliance())),
            IdleGapSplitter.ofMinutes(30), transactions,
            new PriceSensitiveCounter(Thresholds.defaults(), new InMemoryCounterStore(Clock.systemUTC())),
            new TaggingAlerts() {
                @Override
                public void complianceHit(String repId, String customerId, String id, ComplianceHit hit) {
                    alerts.add(repId + "/" + customerId + "/" + id + ": " + hit.kind() + " " + hit.matched());
                }

                @Override
                public void priceSensitiveStreak(String repId, int streakLength) {
                    alerts.add(repId + " R19 " + streakLength);
                }
            },
            (String rep, String customer, Collection<String> tags) -> writes.add(rep + "/" + customer + " " + tags));

    private static IngestRow row(String id, String direction, long at, String text) {
        return new IngestRow(id, "phone", "rep1", "cus1", direction, at, text, null, null);
    }

    @Test
    void invalidRowsAreReportedAndValidRowsKept() {
        List<RowResult> r = ingest.ingest(List.of(
                row("m1", "IN", T0, "你们这套系统一年多少钱"),
                new IngestRow("", "phone", "rep1", null, "SIDEWAYS", null, " ", null, "abc"),
                row("m3", "in", T0 + MIN, "好的")));
        assertThat(r).extracting(RowResult::status)
                .containsExactly(RowStatus.STORED, RowStatus.INVALID, RowStatus.STORED);
        assertThat(r.get(1).errors()).containsExactly("clientMsgId 不能为空", "customerId 不能为空",
                "direction 必须是 IN（客户发出）或 OUT（销售发出）", "sentAt 必须是正的毫秒时间戳", "text 不能为空",
                "提供 attachmentSha256 时必须同时提供 attachmentName");
        assertThat(r.get(0).tags()).extracting(TagAssignment::tag).contains("询价");
        assertThat(store.messages).hasSize(2);
        assertThat(store.conversations).hasSize(1);
        assertThat(store.conversations.values().iterator().next().messageCount()).isEqualTo(2);
    }

    @Test
    void aRetriedBatchIsIdempotentAndLeavesNoEmptyConversation() {
        List<IngestRow> batch = List.of(row("m1", "IN", T0, "续费流程怎么走"), row("m2", "OUT", T0 + MIN, "我发您"));
        ingest.ingest(batch);
        List<RowResult> again = ingest.ingest(batch);
        assertThat(again).extracting(RowResult::status).containsOnly(RowStatus.DUPLICATE);
        assertThat(store.messages).hasSize(2);
        assertThat(store.conversations.values()).extracting(Conversation::messageCount).containsExactly(2);
        assertThat(transactions.rolledBack).isEqualTo(1); // the first attempt, whose insert met the stored rows
    }

    @Test
    void aRetriedRowWhoseConversationIsGoneOpensNoNewConversation() {
        ingest.ingest(List.of(row("m1", "IN", T0, "续费流程怎么走")));
        store.conversations.clear(); // the pair's conversation is gone, so storing the retry would open a new one
        assertThat(ingest.ingest(List.of(row("m1", "IN", T0, "续费流程怎么走"))).get(0).status())
                .isEqualTo(RowStatus.DUPLICATE);
        assertThat(store.conversations).isEmpty();
    }

    @Test
    void aFreshBatchIsStoredWithOneBatchedAppendAndNoLookup() {
        List<RowResult> r = ingest.ingest(List.of(row("m1", "IN", T0, "多少钱"), row("m2", "OUT", T0 + MIN, "我发您报价单"),
                row("m3", "IN", T0 + 2 * MIN, "好的")));
        assertThat(r).extracting(RowResult::status).containsOnly(RowStatus.STORED);
        assertThat(store.lookups).isZero();
        assertThat(store.batchAppends).isEqualTo(1);
        assertThat(store.singleAppends).isZero();
        assertThat(transactions.rolledBack).isZero();
        assertThat(r).extracting(RowResult::messageId).doesNotContain(0L).doesNotHaveDuplicates();
    }

    @Test
    void aBatchWithStoredRowsIsStoredAfterOneLookupAndOneMoreBatchedAppend() {
        ingest.ingest(List.of(row("m0", "IN", T0, "你好")));
        List<RowResult> r = ingest.ingest(List.of(row("m0", "IN", T0, "你好"), row("m1", "IN", T0 + MIN, "多少钱"),
                row("m2", "OUT", T0 + 2 * MIN, "我发您报价单"), row("m3", "IN", T0 + 3 * MIN, "好的")));
        assertThat(r).extracting(RowResult::status).containsExactly(RowStatus.DUPLICATE, RowStatus.STORED,
                RowStatus.STORED, RowStatus.STORED);
        assertThat(store.lookups).isEqualTo(1);
        assertThat(store.batchAppends).isEqualTo(3); // the first batch, the attempt that met m0, the rest
        assertThat(store.singleAppends).isZero();
        assertThat(transactions.rolledBack).isEqualTo(1);
        assertThat(r.subList(1, 4)).extracting(RowResult::messageId).doesNotContain(0L).doesNotHaveDuplicates();
        assertThat(store.conversations.values()).extracting(Conversation::messageCount).containsExactly(4);
    }

    @Test
    void aRowStoredConcurrentlyFallsBackToOneTransactionPerRowAndLeavesNoEmptyConversation() {
        store.appendMessage(new ChatMessage(0, 0, "phone", "m1", "rep1", "cus1",
                com.salesbot.core.model.Direction.IN, T0, "续费流程怎么走", List.of()));
        store.lookupsMiss = true;
        List<RowResult> r = ingest.ingest(List.of(row("m1", "IN", T0, "续费流程怎么走"),
                row("m2", "IN", T0 + MIN, "多少钱")));
        assertThat(r).extracting(RowResult::status).containsExactly(RowStatus.DUPLICATE, RowStatus.STORED);
        // the batch, the batch again after the lookup that missed m1, then the conversation opened for m1 alone
        assertThat(transactions.rolledBack).isEqualTo(3);
        assertThat(store.conversations.values()).extracting(Conversation::messageCount).containsExactly(1);
        assertThat(store.messagesOf(r.get(1).conversationId())).extracting(ChatMessage::clientMsgId)
                .containsExactly("m2");
    }

    @Test
    void oneBatchGivesTheSameConversationsAsOneRowAtATime() {
        java.util.Random random = new java.util.Random(7);
        List<IngestRow> rows = new ArrayList<>();
        long at = T0;
        for (int i = 0; i < 300; i++) {
            at += random.nextInt(4) == 0 ? random.nextInt(40) * MIN : random.nextInt(5) * MIN;
            rows.add(new IngestRow("r" + i, "phone", "rep" + random.nextInt(2), "cus" + random.nextInt(3),
                    random.nextBoolean() ? "IN" : "OUT", at, i % 3 == 0 ? "多少钱" : "续费的事再聊", null, null));
        }
        ingest.ingest(rows.subList(0, 50)); // some conversations exist before the batch
        List<IngestRow> shuffled = new ArrayList<>(rows.subList(50, 300));
        java.util.Collections.shuffle(shuffled, random);
        ingest.ingest(shuffled);

        InMemoryConversationStore oneByOne = new InMemoryConversationStore();
        IngestConversations reference = new IngestConversations(oneByOne, customers,
                new MessageTagger(new Tagger(TaggingFixtures.shippedRules(), TextClassifier.none()),
                        new ComplianceScanner(TaggingFixtures.shippedCompliance())),
                IdleGapSplitter.ofMinutes(30), Transactions.none(),
                new PriceSensitiveCounter(Thresholds.defaults(), new InMemoryCounterStore(Clock.systemUTC())),
                TaggingAlerts.none(), (rep, customer, tags) -> { });
        for (IngestRow row : rows) {
            reference.ingest(List.of(row));
        }
        assertThat(shape(store)).hasSizeGreaterThan(10).isEqualTo(shape(oneByOne));
    }

    /** Each conversation as its fields without id plus the client ids of its messages. */
    private static java.util.Set<String> shape(InMemoryConversationStore s) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Conversation c : s.conversations.values()) {
            out.add(c.repId() + "/" + c.customerId() + " " + c.startedAt() + ".." + c.lastMessageAt() + " n="
                    + c.messageCount() + " " + c.tags() + " " + s.messagesOf(c.id()).stream()
                    .map(ChatMessage::clientMsgId).sorted().toList());
        }
        return out;
    }

    @Test
    void duplicatesInsideOneBatchAreReportedOnce() {
        List<RowResult> r = ingest.ingest(List.of(row("m1", "IN", T0, "报价"), row("m1", "IN", T0, "报价")));
        assertThat(r).extracting(RowResult::status).containsExactly(RowStatus.STORED, RowStatus.DUPLICATE);
    }

    @Test
    void theIdleGapSplitsConversationsAndRowsAreStoredInTimeOrder() {
        List<RowResult> r = ingest.ingest(List.of(
                row("late", "IN", T0 + 30 * MIN + 30 * MIN + 1, "合同快到期了"),
                row("first", "IN", T0, "多少钱"),
                row("edge", "IN", T0 + 30 * MIN, "好的")));
        assertThat(r.get(1).conversationId()).isEqualTo(r.get(2).conversationId());
        assertThat(r.get(0).conversationId()).isNotEqualTo(r.get(1).conversationId());
        Conversation first = store.conversations.get(r.get(1).conversationId());
        assertThat(first.messageCount()).isEqualTo(2);
        assertThat(first.tags()).extracting(TagAssignment::tag).contains("询价", "闲聊");
        assertThat(store.messagesOf(first.id())).extracting(ChatMessage::clientMsgId)
                .containsExactly("first", "edge");
    }

    @Test
    void outgoingComplianceHitsAlertWithExcerptAndNdaDecidesTechnicalParameters() {
        customers.save(new Customer("cus1", "客户一", "rep1", null, "制造业", "A", 0, false));
        customers.save(new Customer("cus2", "客户二", "rep1", null, "制造业", "A", 0, true));
        List<RowResult> r = ingest.ingest(List.of(
                row("o1", "OUT", T0, "我们保证最低价，精度能到5nm"),
                new IngestRow("o2", "phone", "rep1", "cus2", "OUT", T0, "精度能到5nm", null, null),
                row("i1", "IN", T0 + MIN, "你们能保证最低价吗")));
        assertThat(alerts).containsExactly(
                "rep1/cus1/o1: POLICY_WORDING 保证",
                "rep1/cus1/o1: POLICY_WORDING 最低价",
                "rep1/cus1/o1: TECH_PARAMETER 工艺精度: 5nm");
        assertThat(r.get(0).tags()).extracting(TagAssignment::tag)
                .contains("合规-非授权政策表述", "合规-NDA前泄露技术参数");
        assertThat(r.get(1).tags()).extracting(TagAssignment::tag).doesNotContain("合规-NDA前泄露技术参数");
    }

    @Test
    void scenarioTagsAreWrittenBackOncePerCustomer() {
        ingest.ingest(List.of(row("a", "IN", T0, "要一份报价"), row("b", "IN", T0 + MIN, "服务太差了，我要投诉"),
                new IngestRow("c", "phone", "rep1", "cus2", "IN", T0, "续费怎么办", null, null)));
        assertThat(writes).containsExactly("rep1/cus1 [询价, 投诉]", "rep1/cus2 [续费]");
    }

    @Test
    void fivePriceSensitiveCustomerNeedsInARowTriggerR19Once() {
        List<IngestRow> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            rows.add(row("p" + i, "IN", T0 + i * MIN, "报价太贵了，能不能便宜点"));
        }
        ingest.ingest(rows.subList(0, 4));
        assertThat(alerts).isEmpty();
        ingest.ingest(rows.subList(4, 6));
        assertThat(alerts).containsExactly("rep1 R19 5");
    }

    @Test
    void smallTalkDoesNotBreakTheStreakButAnotherNeedDoes() {
        for (int i = 0; i < 4; i++) {
            ingest.ingest(List.of(row("p" + i, "IN", T0 + i * MIN, "太贵了，便宜点吧")));
        }
        ingest.ingest(List.of(row("s", "IN", T0 + 5 * MIN, "好的")));
        ingest.ingest(List.of(row("p5", "IN", T0 + 6 * MIN, "还是太贵了")));
        assertThat(alerts).containsExactly("rep1 R19 5");
        ingest.ingest(List.of(row("n", "IN", T0 + 7 * MIN, "系统登录不上了")));
        for (int i = 0; i < 4; i++) {
            ingest.ingest(List.of(row("q" + i, "IN", T0 + (8 + i) * MIN, "预算不够，太贵了")));
        }
        assertThat(alerts).containsExactly("rep1 R19 5");
    }

    /** Undoes the store changes of a transaction that throws, like a database would. */
    private final class RollbackTransactions implements Transactions {
        int rolledBack;

        @Override
        public <T> T inTransaction(Supplier<T> work) {
            var messages = new java.util.LinkedHashMap<>(store.messages);
            var conversations = new java.util.LinkedHashMap<>(store.conversations);
            try {
                return work.get();
            } catch (RuntimeException e) {
                store.messages.clear();
                store.messages.putAll(messages);
                store.conversations.clear();
                store.conversations.putAll(conversations);
                rolledBack++;
                throw e;
            }
        }
    }
}
