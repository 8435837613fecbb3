package com.salesbot.bench.ingest;

import com.salesbot.adapters.nlp.LinearTextClassifier;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import com.salesbot.core.tagging.ComplianceRules;
import com.salesbot.core.tagging.ComplianceRulesReader;
import com.salesbot.core.tagging.ComplianceScanner;
import com.salesbot.core.tagging.IdleGapSplitter;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.tagging.IngestRow;
import com.salesbot.core.tagging.MessageTagger;
import com.salesbot.core.tagging.Negation;
import com.salesbot.core.tagging.PriceSensitiveCounter;
import com.salesbot.core.tagging.RowResult;
import com.salesbot.core.tagging.RowStatus;
import com.salesbot.core.tagging.Tagger;
import com.salesbot.core.tagging.TaggingAlerts;
import com.salesbot.core.tagging.TaggingRules;
import com.salesbot.core.tagging.TaggingRulesReader;
import com.salesbot.core.tagging.TextClassifier;
import com.salesbot.core.model.Direction;
import io.micronaut.transaction.TransactionOperations;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Ingestion into the local MariaDB, in messages/s (one operation = one message; batches of {@value #BATCH}):
 * <ul>
 *   <li>{@code useCase}: the product path, {@link IngestConversations} (validation, customer lookup, tagging with
 *   rules + classifier and compliance, conversations by idle gap, batched message INSERT and conversation UPDATE;
 *   the duplicate lookup runs only when the insert meets a stored row, which these fresh rows never do);</li>
 *   <li>{@code useCaseNoTagging}: the same with a tagger that finds nothing, so tagging's share is visible;</li>
 *   <li>{@code storeOnly}: {@link ConversationStore#appendMessages} of ready messages in one transaction;</li>
 *   <li>{@code rawJdbc}: the same messages with PreparedStatement.addBatch/executeBatch on one connection, one
 *   commit per batch (same columns, conversation id 1, no conversation rows, no lookups).</li>
 * </ul>
 * The use case keeps getting faster for 30-40 s on a busy machine (raw JDBC after ~5 s): hence the 6 warm-ups.
 * Each benchmark gets a freshly migrated database of its own that is dropped afterwards ({@link BenchDatabase}).
 * Run from the repository root: {@code java -jar bench/target/benchmarks.jar IngestBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 6, time = 5)
@Measurement(iterations = 5, time = 5)
public class IngestBenchmark {
    static final int BATCH = 500;
    private static final List<TagAssignment> TAGS = List.of(new TagAssignment("询价",
            com.salesbot.core.model.TagKind.SCENARIO, 0.9, List.of("询价: 多少钱")));

    @Param("config/tagging")
    public String config;

    private BenchDatabase database;
    private IngestConversations useCase;
    private IngestConversations useCaseNoTagging;
    private ConversationStore store;
    private Transactions transactions;
    private RawJdbcInsert raw;
    private Connection rawConnection;
    private final IngestRows rows = new IngestRows();

    @Setup
    @SuppressWarnings("unchecked")
    public void setUp() throws Exception {
        database = BenchDatabase.start();
        store = database.bean(ConversationStore.class);
        TransactionOperations<Connection> tx = database.bean(TransactionOperations.class);
        transactions = new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                return tx.executeWrite(status -> work.get());
            }
        };
        Path dir = Path.of(config);
        var scenarios = BusinessConfig.defaultScenarios();
        TaggingRules rules = new TaggingRulesReader(scenarios).read(dir, config);
        MessageTagger full = new MessageTagger(new Tagger(rules,
                LinearTextClassifier.fromConfig(dir, config, scenarios, rules)),
                new ComplianceScanner(new ComplianceRulesReader().read(dir, config)));
        MessageTagger nothing = new MessageTagger(new Tagger(new TaggingRules(List.of(), Negation.defaults(),
                TaggingRules.DEFAULT_MIN_CONFIDENCE, TaggingRules.DEFAULT_NEGATED_FACTOR, null), TextClassifier.none()),
                new ComplianceScanner(new ComplianceRules(Map.of(), List.of(), List.of(), List.of(),
                        Map.of())));
        useCase = ingestion(full);
        useCaseNoTagging = ingestion(nothing);
        rawConnection = BenchDatabase.connect();
        raw = new RawJdbcInsert(rawConnection);
    }

    private IngestConversations ingestion(MessageTagger tagger) {
        return new IngestConversations(store, database.bean(CustomerStore.class), tagger,
                IdleGapSplitter.ofMinutes(Thresholds.defaults().conversationIdleMinutes()), transactions,
                new PriceSensitiveCounter(Thresholds.defaults(), new InMemoryCounterStore(Clock.systemUTC())),
                TaggingAlerts.none(), (rep, customer, tags) -> { });
    }

    @TearDown
    public void tearDown() throws Exception {
        rawConnection.close();
        database.close();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<RowResult> useCase() {
        return stored(useCase.ingest(rows.next(BATCH)));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<RowResult> useCaseNoTagging() {
        return stored(useCaseNoTagging.ingest(rows.next(BATCH)));
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public List<ChatMessage> storeOnly() {
        List<ChatMessage> batch = messages(rows.next(BATCH));
        return transactions.inTransaction(() -> store.appendMessages(batch)).orElseThrow();
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int rawJdbc() throws Exception {
        return raw.insert(messages(rows.next(BATCH)));
    }

    /** Ready messages: the rows as the use case would store them, with a typical one-tag result. */
    static List<ChatMessage> messages(List<IngestRow> batch) {
        List<ChatMessage> out = new ArrayList<>(batch.size());
        for (IngestRow r : batch) {
            out.add(new ChatMessage(0, 1, r.channel(), r.clientMsgId(), r.repId(), r.customerId(),
                    Direction.valueOf(r.direction()), r.sentAt(), r.text(), TAGS));
        }
        return out;
    }

    private static List<RowResult> stored(List<RowResult> results) {
        if (results.stream().anyMatch(r -> r.status() != RowStatus.STORED)) {
            throw new IllegalStateException("not every row was stored: " + results.get(0));
        }
        return results;
    }
}
