package com.salesbot.adapters.mysql.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Customer;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import com.salesbot.core.tagging.ComplianceRulesReader;
import com.salesbot.core.tagging.ComplianceScanner;
import com.salesbot.core.tagging.IdleGapSplitter;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.tagging.IngestRow;
import com.salesbot.core.tagging.MessageTagger;
import com.salesbot.core.tagging.PriceSensitiveCounter;
import com.salesbot.core.tagging.RowResult;
import com.salesbot.core.tagging.RowStatus;
import com.salesbot.core.tagging.Tagger;
import com.salesbot.core.tagging.TaggingAlerts;
import com.salesbot.core.tagging.TaggingRulesReader;
import com.salesbot.core.tagging.TextClassifier;
import com.salesbot.core.testdata.Ids;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link IngestConversations} on MariaDB with the bulk lookups and batched writes of the MyBatis stores: re-ingesting
 * changes nothing, and a batch gives the same conversations as the same rows sent one request each (the per-row
 * lookups the bulk ones replaced). Rules and compliance come from the shipped config/tagging.
 */
@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbIngestConversationsTest {
    private static final long T0 = 1_780_000_000_000L;
    private static final long MIN = 60_000L;
    private static final Path TAGGING = Path.of("../../config/tagging");

    @Inject
    ConversationStore store;
    @Inject
    CustomerStore customers;
    @Inject
    TransactionOperations<Connection> tx;
    @Inject
    SqlProbe sql;

    private IngestConversations ingest;

    @BeforeEach
    void wire() {
        Transactions transactions = new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return tx.executeWrite(status -> work.get());
            }
        };
        var rules = new TaggingRulesReader(BusinessConfig.defaultScenarios()).read(TAGGING, "config/tagging");
        MessageTagger tagger = new MessageTagger(new Tagger(rules, TextClassifier.none()),
                new ComplianceScanner(new ComplianceRulesReader().read(TAGGING, "config/tagging")));
        ingest = new IngestConversations(store, customers, tagger,
                IdleGapSplitter.ofMinutes(Thresholds.defaults().conversationIdleMinutes()), transactions,
                new PriceSensitiveCounter(Thresholds.defaults(), new InMemoryCounterStore(Clock.systemUTC())),
                TaggingAlerts.none(), (rep, customer, tags) -> { });
    }

    /** Two reps, three customers (one with an NDA), a pair split by an idle gap, rows out of time order. */
    private List<IngestRow> rows(String prefix) {
        String repA = prefix + "-repA";
        String repB = prefix + "-repB";
        long gap = (Thresholds.defaults().conversationIdleMinutes() + 5) * MIN;
        List<IngestRow> rows = new ArrayList<>();
        rows.add(row(prefix + "-1", repA, prefix + "-c1", "IN", T0 + 2 * MIN, "你们这套系统一年多少钱"));
        rows.add(row(prefix + "-2", repA, prefix + "-c1", "OUT", T0, "您好，我是销售小王"));
        rows.add(row(prefix + "-3", repA, prefix + "-c1", "IN", T0 + 3 * MIN, "太贵了，能便宜点吗"));
        rows.add(row(prefix + "-4", repA, prefix + "-c1", "IN", T0 + 3 * MIN + gap, "合同什么时候能签"));
        rows.add(row(prefix + "-5", repA, prefix + "-c2", "IN", T0 + MIN, "好的"));
        rows.add(row(prefix + "-6", repB, prefix + "-c2", "OUT", T0 + 4 * MIN, "报价单发您了"));
        rows.add(row(prefix + "-7", repB, prefix + "-nda", "IN", T0 + 5 * MIN, "方案我们再看看"));
        rows.add(row(prefix + "-8", repB, prefix + "-nda", "IN", T0 + 5 * MIN, "同一毫秒的第二条"));
        return rows;
    }

    private static IngestRow row(String id, String rep, String customer, String direction, long at, String text) {
        return new IngestRow(id, "phone", rep, customer, direction, at, text, null, null);
    }

    @Test
    void reIngestingTheSameRowsChangesNothing() {
        String prefix = Ids.unique("ing");
        customers.save(new Customer(prefix + "-nda", "保密客户", prefix + "-repB", null, null, null, 0, true));
        List<IngestRow> rows = rows(prefix);

        List<RowResult> first = ingest.ingest(rows);
        Map<Long, String> before = conversations(first);
        Map<Long, List<ChatMessage>> messagesBefore = messages(before);

        List<RowResult> again = ingest.ingest(rows);

        assertThat(first).extracting(RowResult::status).containsOnly(RowStatus.STORED);
        assertThat(before).hasSize(5);
        assertThat(again).extracting(RowResult::status).containsOnly(RowStatus.DUPLICATE);
        assertThat(conversations(first)).isEqualTo(before);
        assertThat(messages(before)).isEqualTo(messagesBefore);
        assertThat(messagesBefore.values().stream().mapToInt(List::size).sum()).isEqualTo(rows.size());
    }

    @Test
    void aBatchGivesTheSameConversationsAsOneRequestPerRow() {
        String batched = Ids.unique("bat");
        String single = Ids.unique("one");
        List<RowResult> batch = ingest.ingest(rows(batched));
        List<RowResult> oneByOne = new ArrayList<>();
        for (IngestRow r : rows(single)) {
            oneByOne.add(ingest.ingest(List.of(r)).get(0));
        }
        // A later batch extends the latest conversations the bulk lookup finds.
        long after = T0 + 6 * MIN;
        List<RowResult> batchLater = ingest.ingest(List.of(
                row(batched + "-9", batched + "-repB", batched + "-c2", "IN", after, "明天给您回电话"),
                row(batched + "-10", batched + "-repB", batched + "-new", "IN", after, "新客户")));
        List<RowResult> singleLater = new ArrayList<>();
        singleLater.add(ingest.ingest(List.of(row(single + "-9", single + "-repB", single + "-c2", "IN", after,
                "明天给您回电话"))).get(0));
        singleLater.add(ingest.ingest(List.of(row(single + "-10", single + "-repB", single + "-new", "IN", after,
                "新客户"))).get(0));

        assertThat(shape(batch, batched)).isEqualTo(shape(oneByOne, single));
        assertThat(shape(batchLater, batched)).isEqualTo(shape(singleLater, single));
        assertThat(batchLater.get(0).conversationId()).isEqualTo(batch.get(5).conversationId());
        assertThat(batch.get(3).conversationId()).isNotEqualTo(batch.get(0).conversationId());
        assertThat(batch.get(0).conversationId()).isEqualTo(batch.get(1).conversationId())
                .isEqualTo(batch.get(2).conversationId());
    }

    /** Per row: which earlier row's conversation it joined, and that conversation's columns (prefix removed). */
    private List<String> shape(List<RowResult> results, String prefix) {
        List<String> out = new ArrayList<>();
        Map<Long, String> byId = conversations(results);
        for (int i = 0; i < results.size(); i++) {
            RowResult r = results.get(i);
            int firstRow = 0;
            while (results.get(firstRow).conversationId() != r.conversationId()) {
                firstRow++;
            }
            out.add(r.status() + " row" + firstRow + " " + byId.get(r.conversationId()).replace(prefix, "") + " "
                    + r.tags());
        }
        return out;
    }

    /** The stored conversations the results point at, read with plain SQL (the port has no lookup by id). */
    private Map<Long, String> conversations(List<RowResult> results) {
        Map<Long, String> byId = new LinkedHashMap<>();
        try {
            for (RowResult r : results) {
                if (r.conversationId() != 0 && !byId.containsKey(r.conversationId())) {
                    List<String> row = sql.column("SELECT CONCAT_WS(' ', rep_id, customer_id, channel, started_at - ?,"
                            + " last_message_at - ?, message_count, tags, closed_at) FROM conversations WHERE id = ?",
                            T0, T0, r.conversationId());
                    assertThat(row).hasSize(1);
                    byId.put(r.conversationId(), row.get(0));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return byId;
    }

    private Map<Long, List<ChatMessage>> messages(Map<Long, String> conversations) {
        Map<Long, List<ChatMessage>> out = new LinkedHashMap<>();
        conversations.keySet().forEach(id -> out.put(id, store.messagesOf(id)));
        return out;
    }
}
