package com.salesbot.adapters.mysql.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.messaging.AfterCommit;
import com.salesbot.core.messaging.ChannelSender;
import com.salesbot.core.messaging.InboundDecoder;
import com.salesbot.core.messaging.InboundHandler;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.InboxProcessor;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.messaging.OutboxDelivery;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.messaging.RetryPolicy;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.port.Transactions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The batched message pipeline on the real MariaDB with real transactions: inbox rows processed several to a
 * transaction with a row-by-row fallback, outbox rows sent in parallel lanes and marked sent in batches. Every
 * guarantee of the row-by-row pipeline must hold: one reply per event (dedupe key), nothing of a rolled-back batch
 * kept (after-commit actions included), fenced leases, a sender's messages in order.
 */
@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbBatchedPipelineTest {
    private static final String CHANNEL = "batchtest";

    @Inject
    InboxStore inbox;
    @Inject
    OutboxStore outbox;
    @Inject
    SqlProbe sql;
    @Inject
    TransactionOperations<Connection> tx;

    private final AtomicInteger transactions = new AtomicInteger();
    private final ExecutorService elsewhere = Executors.newSingleThreadExecutor();
    private final OutboundCodec codec = new OutboundCodec() {
        @Override
        public String encode(Outgoing o) {
            return o.recipient() + "|" + ((TextMessage) o.message()).text();
        }

        @Override
        public Outgoing decode(String payload) {
            String[] p = payload.split("\\|", 2);
            return Outgoing.send(CHANNEL, p[0], new TextMessage(p[1]));
        }
    };
    /** payload "sender|text" */
    private final InboundDecoder decoder = new InboundDecoder() {
        @Override
        public String channel() {
            return CHANNEL;
        }

        @Override
        public InboundMessage decode(String payload) {
            String[] p = payload.split("\\|", 2);
            return new InboundMessage(CHANNEL, p[1], p[0], InboundKind.TEXT, p[1], null, null, List.of(), null,
                    null, false, 0);
        }
    };

    @BeforeEach
    void empty() throws Exception {
        sql.deleteAll("inbox", "outbox");
    }

    @AfterEach
    void stop() {
        elsewhere.shutdownNow();
    }

    @Test
    void aBatchOfDifferentSendersIsOneTransactionAndRowByRowIsOnePerRow() throws Exception {
        record("s0|a", "s1|b", "s2|c", "s3|d", "s4|e");
        try (InboxProcessor p = processor(echo(), 16)) {
            assertThat(p.processPending(50)).isEqualTo(5);
        }
        assertThat(transactions).hasValue(1);
        assertThat(statuses()).containsOnly("DONE").hasSize(5);
        assertThat(replyKeys()).containsExactlyInAnyOrder("reply:batchtest:a:0", "reply:batchtest:b:0",
                "reply:batchtest:c:0", "reply:batchtest:d:0", "reply:batchtest:e:0");

        sql.deleteAll("inbox", "outbox");
        transactions.set(0);
        record("s0|f", "s1|g", "s2|h");
        try (InboxProcessor p = processor(echo(), 1)) {
            assertThat(p.processPending(50)).isEqualTo(3);
        }
        assertThat(transactions).hasValue(3);
        assertThat(replyKeys()).hasSize(3);
    }

    @Test
    void aSendersNextMessageGoesInTheNextBatchAndSeesTheFirstCommitted() throws Exception {
        record("s0|a1", "s0|a2", "s1|b");
        Map<String, List<String>> committedBefore = new ConcurrentHashMap<>();
        InboundHandler handler = m -> {
            committedBefore.put(m.text(), committedElsewhere());
            return List.of(reply(m));
        };
        try (InboxProcessor p = processor(handler, 16)) {
            assertThat(p.processPending(50)).isEqualTo(3);
        }
        assertThat(transactions).hasValue(2); // [a1], [a2, b]
        assertThat(committedBefore.get("a1")).isEmpty();
        assertThat(committedBefore.get("a2")).containsExactly("reply:batchtest:a1:0");
        assertThat(statuses()).containsOnly("DONE");
    }

    @Test
    void aFailingRowRollsBackItsBatchAndTheOthersAreAnsweredOnceRowByRow() throws Exception {
        record("s0|x0", "s1|x1", "s2|bad", "s3|x3");
        Map<String, AtomicInteger> afterCommit = new ConcurrentHashMap<>();
        InboundHandler handler = m -> {
            if (m.text().equals("bad")) {
                throw new IllegalStateException("this message breaks the handler");
            }
            AfterCommit.run(() -> afterCommit.computeIfAbsent(m.text(), k -> new AtomicInteger()).incrementAndGet());
            return List.of(reply(m));
        };
        try (InboxProcessor p = processor(handler, 16)) {
            assertThat(p.processPending(50)).isEqualTo(3);
        }
        assertThat(replyKeys()).containsExactlyInAnyOrder("reply:batchtest:x0:0", "reply:batchtest:x1:0",
                "reply:batchtest:x3:0");
        // the rolled-back batch's after-commit actions were dropped; each row's own commit ran its action once
        assertThat(afterCommit).containsOnlyKeys("x0", "x1", "x3");
        assertThat(afterCommit.values()).allSatisfy(n -> assertThat(n).hasValue(1));
        assertThat(sql.column("SELECT CONCAT(status, ' ', attempts) FROM inbox WHERE event_id = 'bad'"))
                .containsExactly("PENDING 1");
        assertThat(sql.column("SELECT status FROM inbox WHERE event_id <> 'bad'")).containsOnly("DONE");
    }

    @Test
    void aLeaseTakenOverDuringTheBatchRollsItBackAndTheRowIsLeftToItsNewHolder() throws Exception {
        record("s0|y0", "s1|y1", "s2|stolen");
        AtomicInteger steals = new AtomicInteger();
        InboundHandler handler = m -> {
            if (m.text().equals("y0") && steals.getAndIncrement() == 0) {
                // another instance takes "stolen" while this batch is in hand (its own connection, committed)
                elsewhere(() -> sql.update("UPDATE inbox SET lease_token = 'thief' WHERE event_id = 'stolen'"));
            }
            return List.of(reply(m));
        };
        try (InboxProcessor p = processor(handler, 16)) {
            assertThat(p.processPending(50)).isEqualTo(2);
        }
        assertThat(replyKeys()).containsExactlyInAnyOrder("reply:batchtest:y0:0", "reply:batchtest:y1:0");
        assertThat(sql.column("SELECT CONCAT(status, ' ', lease_token) FROM inbox WHERE event_id = 'stolen'"))
                .containsExactly("PENDING thief");
    }

    @Test
    void parallelLanesSendEveryRowOnceInEachRecipientsOrderAndMarkThemSent() throws Exception {
        long now = System.currentTimeMillis();
        for (int i = 0; i < 3; i++) {
            for (String rep : List.of("r0", "r1", "r2", "r3")) {
                outbox.enqueue(CHANNEL, rep, rep + "|" + i, null, now);
            }
        }
        RecordingSender sender = new RecordingSender(2);
        try (OutboxDelivery d = delivery(sender).parallelism(3)) {
            assertThat(d.deliverDue(50)).isEqualTo(12);
        }
        assertThat(sender.maxConcurrent).hasValueGreaterThan(1);
        assertThat(sender.sent).hasSize(4);
        sender.sent.values().forEach(texts -> assertThat(texts).containsExactly("0", "1", "2"));
        assertThat(sql.column("SELECT status FROM outbox")).hasSize(12).containsOnly("DONE");
    }

    @Test
    @Timeout(30) // the last rows of a pass are marked when the workers are done, never after the linger
    void rowsSentInParallelAreMarkedSeveralToAStatement() throws Exception {
        long now = System.currentTimeMillis();
        for (int i = 0; i < 5; i++) {
            for (int r = 0; r < 8; r++) {
                outbox.enqueue(CHANNEL, "r" + r, "r" + r + "|" + i, null, now);
            }
        }
        List<Integer> markStatements = Collections.synchronizedList(new ArrayList<>());
        OutboxStore counting = (OutboxStore) java.lang.reflect.Proxy.newProxyInstance(
                OutboxStore.class.getClassLoader(), new Class<?>[] {OutboxStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("markSent")) {
                        markStatements.add(1);
                    } else if (method.getName().equals("markAllSent")) {
                        markStatements.add(((List<?>) args[0]).size());
                    }
                    try {
                        return method.invoke(outbox, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        RecordingSender sender = new RecordingSender(2);
        try (OutboxDelivery d = new OutboxDelivery(counting, List.of(sender), codec, RetryPolicy.defaults(),
                Clock.systemUTC(), "t", 10_000, null).parallelism(4).markLinger(Duration.ofMinutes(1))) {
            assertThat(d.deliverDue(50)).isEqualTo(40);
        }
        // a full batch as soon as it is full, the rest once every worker is done
        assertThat(markStatements).containsExactly(32, 8);
        assertThat(sql.column("SELECT status FROM outbox")).hasSize(40).containsOnly("DONE");
        sender.sent.values().forEach(texts -> assertThat(texts).containsExactly("0", "1", "2", "3", "4"));

        // without a linger each row may go alone, and every row is still marked exactly once
        sql.deleteAll("outbox");
        markStatements.clear();
        for (int r = 0; r < 6; r++) {
            outbox.enqueue(CHANNEL, "r" + r, "r" + r + "|x", null, now);
        }
        try (OutboxDelivery d = new OutboxDelivery(counting, List.of(new RecordingSender(1)), codec,
                RetryPolicy.defaults(), Clock.systemUTC(), "t", 10_000, null).parallelism(3)
                .markLinger(Duration.ZERO)) {
            assertThat(d.deliverDue(50)).isEqualTo(6);
        }
        assertThat(markStatements.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
        assertThat(sql.column("SELECT status FROM outbox")).hasSize(6).containsOnly("DONE");
    }

    @Test
    void parallelismOneSendsOneAfterTheOther() throws Exception {
        long now = System.currentTimeMillis();
        for (String rep : List.of("r0", "r1", "r2")) {
            outbox.enqueue(CHANNEL, rep, rep + "|0", null, now);
        }
        RecordingSender sender = new RecordingSender(1);
        try (OutboxDelivery d = delivery(sender)) {
            assertThat(d.deliverDue(50)).isEqualTo(3);
        }
        assertThat(sender.maxConcurrent).hasValue(1);
        assertThat(sql.column("SELECT status FROM outbox")).hasSize(3).containsOnly("DONE");
    }

    @Test
    void whenMarkingSentFailsNoFurtherRowIsSentInThatPass() throws Exception {
        long now = System.currentTimeMillis();
        for (int i = 0; i < 6; i++) {
            outbox.enqueue(CHANNEL, "r" + i, "r" + i + "|0", null, now);
        }
        CountDownLatch markFailed = new CountDownLatch(1);
        CountDownLatch otherLaneSending = new CountDownLatch(1);
        OutboxStore goneAfterSending = (OutboxStore) java.lang.reflect.Proxy.newProxyInstance(
                OutboxStore.class.getClassLoader(), new Class<?>[] {OutboxStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("markSent") || method.getName().equals("markAllSent")) {
                        throw new IllegalStateException("database went away");
                    }
                    try {
                        return method.invoke(outbox, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        AtomicInteger sends = new AtomicInteger();
        ChannelSender sender = new ChannelSender() {
            @Override
            public String channel() {
                return CHANNEL;
            }

            @Override
            public SendResult send(String recipient, OutgoingMessage message) {
                try {
                    if (sends.incrementAndGet() == 1) {
                        // the first send returns (and its mark fails) only once the other lane is sending too
                        otherLaneSending.await(5, TimeUnit.SECONDS);
                    } else {
                        otherLaneSending.countDown();
                        // later sends finish once the pass has seen the failed mark and stopped
                        markFailed.await(5, TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new SendResult.Sent();
            }

            @Override
            public SendResult updateCard(String recipient, String promptId, String responseCode, Card card) {
                return new SendResult.Sent();
            }
        };
        try (OutboxDelivery d = new OutboxDelivery(goneAfterSending, List.of(sender), codec, RetryPolicy.defaults(),
                Clock.systemUTC(), "t", 10_000, new OutboxDelivery.DeliveryListener() {
                    @Override
                    public void unmarked(String channel) {
                        markFailed.countDown();
                    }
                }).parallelism(2)) {
            d.deliverDue(50);
        }
        // the first send, the one in flight on the other lane and at most one the first lane had started
        assertThat(sends.get()).isBetween(2, 3);
        assertThat(sql.column("SELECT status FROM outbox")).hasSize(6).containsOnly("PENDING");
    }

    /** Records sends per recipient; the first calls wait (bounded) until `overlap` of them are in flight at once. */
    private static final class RecordingSender implements ChannelSender {
        final Map<String, List<String>> sent = new ConcurrentHashMap<>();
        final AtomicInteger maxConcurrent = new AtomicInteger();
        private final AtomicInteger inFlight = new AtomicInteger();
        private final CountDownLatch overlap;

        RecordingSender(int overlap) {
            this.overlap = new CountDownLatch(overlap);
        }

        @Override
        public String channel() {
            return CHANNEL;
        }

        @Override
        public SendResult send(String recipient, OutgoingMessage message) {
            int now = inFlight.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            overlap.countDown();
            try {
                overlap.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            sent.computeIfAbsent(recipient, r -> Collections.synchronizedList(new ArrayList<>()))
                    .add(((TextMessage) message).text());
            inFlight.decrementAndGet();
            return new SendResult.Sent();
        }

        @Override
        public SendResult updateCard(String recipient, String promptId, String responseCode, Card card) {
            return new SendResult.Sent();
        }
    }

    private OutboxDelivery delivery(ChannelSender sender) {
        return new OutboxDelivery(outbox, List.of(sender), codec, RetryPolicy.defaults(), Clock.systemUTC(), "t",
                10_000, null);
    }

    private InboxProcessor processor(InboundHandler handler, int batch) {
        Transactions counting = new Transactions() {
            @Override
            public <T> T inTransaction(java.util.function.Supplier<T> work) {
                transactions.incrementAndGet();
                return tx.executeWrite(status -> work.get());
            }
        };
        return new InboxProcessor(inbox, new OutboxWriter(outbox, codec), List.of(decoder), handler, counting,
                Clock.systemUTC(), "t", 10_000, RetryPolicy.inboxDefaults(), () -> 0.0).batchSize(batch);
    }

    private static InboundHandler echo() {
        return m -> List.of(reply(m));
    }

    private static Outgoing reply(InboundMessage m) {
        return Outgoing.send(CHANNEL, m.senderPlatformId(), new TextMessage("re " + m.text()));
    }

    private void record(String... payloads) {
        long now = System.currentTimeMillis();
        for (String payload : payloads) {
            assertThat(inbox.record(CHANNEL, payload.split("\\|", 2)[1], payload, now)).isTrue();
        }
    }

    private List<String> statuses() throws Exception {
        return sql.column("SELECT status FROM inbox ORDER BY id");
    }

    private List<String> replyKeys() throws Exception {
        return sql.column("SELECT dedupe_key FROM outbox ORDER BY id");
    }

    /** Reply keys committed so far, read on another connection (outside the caller's transaction). */
    private List<String> committedElsewhere() {
        return elsewhere(() -> sql.column("SELECT dedupe_key FROM outbox ORDER BY id"));
    }

    private <T> T elsewhere(Callable<T> work) {
        try {
            return elsewhere.submit(work).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
