package com.salesbot.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.testdata.ForwardingInboxStore;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InboxRecorderTest {
    private final MemoryQueues.Inbox rows = new MemoryQueues.Inbox();
    private final GatedStore store = new GatedStore(rows);
    private final List<Integer> writes = new CopyOnWriteArrayList<>();
    private final InboxRecorder recorder = new InboxRecorder(store).listener(writes::add);
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        store.gate.countDown();
        pool.shutdownNow();
    }

    @Test
    void aLoneCallbackIsWrittenAtOnceAndARetryIsADuplicate() {
        assertThat(recorder.record("wecom", "m1", "<xml/>", 1)).isTrue();
        assertThat(recorder.record("wecom", "m1", "<xml/>", 2)).isFalse();
        assertThat(writes).containsExactly(1, 1);
        assertThat(rows.countPending()).isEqualTo(1);
    }

    @Test
    void callbacksArrivingDuringAWriteShareTheNextWrite() throws Exception {
        store.closeGate();
        Future<Boolean> first = pool.submit(() -> recorder.record("wecom", "m0", "p0", 1));
        assertThat(store.entered.await(10, TimeUnit.SECONDS)).isTrue();
        List<Future<Boolean>> later = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            String id = "m" + i;
            later.add(pool.submit(() -> recorder.record("dingtalk", id, "p", 2)));
        }
        awaitTrue(() -> recorder.waiting() == 5);
        assertThat(rows.countPending()).as("nothing committed while the first write is held").isZero();

        store.gate.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        for (Future<Boolean> f : later) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(writes).containsExactly(1, 5);
        assertThat(rows.countPending()).isEqualTo(6);
    }

    @Test
    void aBatchIsCutAtItsRowLimit() throws Exception {
        store.closeGate();
        Future<Boolean> first = pool.submit(() -> recorder.record("wecom", "first", "p", 1));
        assertThat(store.entered.await(10, TimeUnit.SECONDS)).isTrue();
        int waiting = InboxRecorder.MAX_ROWS + 6;
        List<Future<Boolean>> later = new ArrayList<>();
        for (int i = 0; i < waiting; i++) {
            String id = "m" + i;
            later.add(pool.submit(() -> recorder.record("wecom", id, "p", 2)));
        }
        awaitTrue(() -> recorder.waiting() == waiting);
        store.gate.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        for (Future<Boolean> f : later) {
            assertThat(f.get(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(writes).containsExactly(1, InboxRecorder.MAX_ROWS, 6);
    }

    @Test
    void anUnavailableDatabaseFailsEveryCallerOfTheBatchAndRecordsNothing() {
        store.failWith = new UncheckedIOException(new ConnectException("connection refused"));

        assertThatThrownBy(() -> recorder.record("wecom", "m1", "p", 1))
                .isInstanceOf(InboxRecorder.RecordFailed.class)
                .satisfies(e -> assertThat(Failures.isUnavailable(e)).isTrue());
        assertThat(store.calls).isEqualTo(1);
        assertThat(rows.countPending()).isZero();

        store.failWith = null;
        assertThat(recorder.record("wecom", "m1", "p", 2)).as("the platform's retry is recorded").isTrue();
    }

    @Test
    void aRowThatFailsByItselfDoesNotFailTheOthersOfItsBatch() throws Exception {
        store.closeGate();
        Future<Boolean> first = pool.submit(() -> recorder.record("wecom", "first", "p", 1));
        assertThat(store.entered.await(10, TimeUnit.SECONDS)).isTrue();
        Future<Boolean> good1 = pool.submit(() -> recorder.record("wecom", "g1", "p", 2));
        awaitTrue(() -> recorder.waiting() == 1);
        Future<Boolean> bad = pool.submit(() -> recorder.record("wecom", "bad", "poison", 2));
        awaitTrue(() -> recorder.waiting() == 2);
        Future<Boolean> good2 = pool.submit(() -> recorder.record("wecom", "g2", "p", 2));
        awaitTrue(() -> recorder.waiting() == 3);
        store.gate.countDown();

        assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(good1.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(good2.get(10, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(InboxRecorder.RecordFailed.class)
                .hasRootCauseMessage("payload refused");
        assertThat(rows.claim("t", 10, 10, 1000)).extracting(InboxEntry::eventId)
                .containsExactly("first", "g1", "g2");
    }

    private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(1);
        }
    }

    /** The in-memory inbox; recordAll can be held at a gate, fail as a whole, and refuses "poison" payloads. */
    private static final class GatedStore extends ForwardingInboxStore {
        final CountDownLatch entered = new CountDownLatch(1);
        volatile CountDownLatch gate = new CountDownLatch(0);
        volatile RuntimeException failWith;
        volatile int calls;

        GatedStore(MemoryQueues.Inbox rows) {
            super(rows);
        }

        void closeGate() {
            gate = new CountDownLatch(1);
        }

        @Override
        public boolean[] recordAll(List<Arrival> arrivals) {
            calls++;
            entered.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            if (failWith != null) {
                throw failWith;
            }
            if (arrivals.stream().anyMatch(a -> "poison".equals(a.payload()))) {
                throw new IllegalArgumentException("payload refused");
            }
            return super.recordAll(arrivals);
        }
    }
}
