package com.salesbot.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.messaging.InboxEntry;
import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.messaging.OutboxEntry;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.messaging.ChannelSender;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.messaging.OutboxDelivery;
import com.salesbot.core.messaging.RetryPolicy;
import com.salesbot.core.messaging.SendResult;
import com.salesbot.core.testdata.Concurrently;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link InboxStore} and {@link OutboxStore}: run on H2 and on MariaDB by the MySQL adapter's
 * subclasses and on core's in-memory queues. Each test starts with both empty.
 */
public abstract class MessagingStoreContract {
    private static final long NOW = 1_764_000_000_000L;
    private static final long LEASE = 30_000;

    protected InboxStore inbox;
    protected OutboxStore outbox;

    /** An empty inbox and outbox for each test (a database subclass empties its tables). */
    protected abstract InboxStore emptyInbox() throws Exception;

    protected abstract OutboxStore emptyOutbox() throws Exception;

    /** The stored status of an inbox row (PENDING, DONE, FAILED), which the port itself does not expose. */
    protected abstract String inboxStatus(long id) throws Exception;

    /** The stored last error of an inbox row. */
    protected abstract String inboxLastError(long id) throws Exception;

    /** The stored attempts of an outbox row. */
    protected abstract int outboxAttempts(long id) throws Exception;

    /** The event ids of all stored inbox rows, in id order. */
    protected abstract List<String> inboxEventIds() throws Exception;

    /** The ids of all stored outbox rows, in id order. */
    protected abstract List<Long> outboxIds() throws Exception;

    @BeforeEach
    void emptyTables() throws Exception {
        inbox = emptyInbox();
        outbox = emptyOutbox();
    }

    private List<String> recordInbox(int count) {
        List<String> eventIds = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String eventId = "ev-" + i;
            assertThat(inbox.record("wecom", eventId, "{\"n\":" + i + "}", NOW + i)).isTrue();
            eventIds.add(eventId);
        }
        return eventIds;
    }

    @Test
    void inboxRecordsAnEventOncePerChannel() {
        String payload = "<xml><Content>你好，请问报价😀</Content></xml>";
        assertThat(inbox.record("wecom", "msg-1", payload, NOW)).isTrue();
        assertThat(inbox.record("wecom", "msg-1", "retry body", NOW + 5)).isFalse();
        assertThat(inbox.record("dingtalk", "msg-1", "{}", NOW)).isTrue();

        assertThat(inbox.countPending()).isEqualTo(2);
        List<InboxEntry> claimed = inbox.claim("a", 10, NOW, LEASE);
        assertThat(claimed).extracting(InboxEntry::channel).containsExactly("wecom", "dingtalk");
        InboxEntry first = claimed.get(0);
        assertThat(first.eventId()).isEqualTo("msg-1");
        assertThat(first.payload()).isEqualTo(payload);
        assertThat(first.receivedAt()).isEqualTo(NOW);
        assertThat(first.status()).isEqualTo(MessageStatus.PENDING);
        assertThat(first.attempts()).isZero();
        assertThat(first.leaseUntil()).isEqualTo(NOW + LEASE);
    }

    @Test
    void recordAllRecordsEveryNewCallbackOfABatch() {
        boolean[] fresh = inbox.recordAll(List.of(
                new InboxStore.Arrival("wecom", "b-1", "<xml>一</xml>", NOW),
                new InboxStore.Arrival("dingtalk", "b-2", "{\"text\":\"二\"}", NOW + 1),
                new InboxStore.Arrival("wecom", "b-3", "<xml>三</xml>", NOW + 2)));

        assertThat(fresh).containsExactly(true, true, true);
        List<InboxEntry> claimed = inbox.claim("a", 10, NOW + 5, LEASE);
        assertThat(claimed).extracting(InboxEntry::eventId).containsExactly("b-1", "b-2", "b-3");
        assertThat(claimed).extracting(InboxEntry::payload)
                .containsExactly("<xml>一</xml>", "{\"text\":\"二\"}", "<xml>三</xml>");
        assertThat(claimed).extracting(InboxEntry::receivedAt).containsExactly(NOW, NOW + 1, NOW + 2);
    }

    @Test
    void recordAllAnswersRetriesAndRepeatsWithinTheBatchAsDuplicates() {
        assertThat(inbox.record("wecom", "seen", "first body", NOW)).isTrue();

        boolean[] fresh = inbox.recordAll(List.of(
                new InboxStore.Arrival("wecom", "new-1", "a", NOW + 1),
                new InboxStore.Arrival("wecom", "seen", "retry body", NOW + 2),
                new InboxStore.Arrival("wecom", "new-2", "b", NOW + 3),
                new InboxStore.Arrival("wecom", "new-1", "a again", NOW + 4),
                new InboxStore.Arrival("dingtalk", "seen", "other channel", NOW + 5)));

        assertThat(fresh).containsExactly(true, false, true, false, true);
        assertThat(inbox.countPending()).isEqualTo(4);
        List<InboxEntry> claimed = inbox.claim("a", 10, NOW + 10, LEASE);
        assertThat(claimed).extracting(InboxEntry::payload)
                .containsExactly("first body", "a", "b", "other channel");
    }

    @Test
    void oldestPendingAgeComesFromTheOldestRowStillPending() {
        assertThat(inbox.oldestPendingAt()).isZero();
        assertThat(outbox.oldestPendingAt()).isZero();
        inbox.record("wecom", "old", "{}", NOW - 5_000);
        inbox.record("wecom", "new", "{}", NOW);
        long oldOut = outbox.enqueue("wecom", "u1", "{}", null, NOW - 7_000);
        outbox.enqueue("wecom", "u1", "{}", null, NOW);
        assertThat(inbox.oldestPendingAt()).isEqualTo(NOW - 5_000);
        assertThat(outbox.oldestPendingAt()).isEqualTo(NOW - 7_000);

        InboxEntry oldIn = inbox.claim("a", 1, NOW, LEASE).get(0);
        assertThat(inbox.markDone(oldIn.id(), oldIn.leaseToken())).isTrue();
        OutboxEntry oldOutEntry = outbox.claimDue("a", 1, NOW, LEASE).get(0);
        assertThat(oldOutEntry.id()).isEqualTo(oldOut);
        assertThat(outbox.markSent(oldOut, oldOutEntry.leaseToken(), NOW)).isTrue();
        assertThat(inbox.oldestPendingAt()).isEqualTo(NOW);
        assertThat(outbox.oldestPendingAt()).isEqualTo(NOW);
    }

    @Test
    void eventIdsAndDedupeKeysAreCaseSensitive() {
        assertThat(inbox.record("dingtalk", "msgAbc==", "{}", NOW)).isTrue();
        assertThat(inbox.record("dingtalk", "msgabc==", "{}", NOW)).isTrue();
        assertThat(outbox.enqueue("wecom", "r", "{}", "k:Ab", NOW)).isNotEqualTo(outbox.enqueue("wecom", "r", "{}",
                "k:ab", NOW));
    }

    @Test
    void inboxKeepsPayloadsLargerThanSixtyFourKilobytes() {
        String payload = "客户消息".repeat(30_000);
        inbox.record("wecom", "big", payload, NOW);

        assertThat(inbox.claim("a", 1, NOW, LEASE).get(0).payload()).isEqualTo(payload);
    }

    @Test
    void claimTakesTheOldestFreeRowsUpToMax() {
        recordInbox(5);

        assertThat(inbox.claim("a", 3, NOW, LEASE)).extracting(InboxEntry::eventId)
                .containsExactly("ev-0", "ev-1", "ev-2");
        assertThat(inbox.claim("b", 3, NOW, LEASE)).extracting(InboxEntry::eventId).containsExactly("ev-3", "ev-4");
        assertThat(inbox.claim("c", 3, NOW, LEASE)).isEmpty();
        assertThat(inbox.claim("c", 0, NOW, LEASE)).isEmpty();
        assertThat(inbox.countPending()).isEqualTo(5);
    }

    @Test
    void aLeaseHoldsUntilItsEndAndThenTheRowCanBeReclaimed() {
        recordInbox(1);
        inbox.claim("a", 1, NOW, LEASE);

        assertThat(inbox.claim("b", 1, NOW + LEASE - 1, LEASE)).isEmpty();
        List<InboxEntry> reclaimed = inbox.claim("b", 1, NOW + LEASE, LEASE);
        assertThat(reclaimed).extracting(InboxEntry::eventId).containsExactly("ev-0");
        assertThat(reclaimed.get(0).leaseUntil()).isEqualTo(NOW + 2 * LEASE);
    }

    @Test
    void concurrentInboxClaimersNeverShareARow() throws Exception {
        List<String> all = recordInbox(60);
        for (int round = 0; round < 2; round++) {
            long at = NOW + round * LEASE;
            List<List<String>> perOwner = Concurrently.run(4, () -> {
                List<String> mine = new ArrayList<>();
                String owner = Thread.currentThread().getName();
                for (List<InboxEntry> batch = inbox.claim(owner, 4, at, LEASE); !batch.isEmpty();
                     batch = inbox.claim(owner, 4, at, LEASE)) {
                    batch.forEach(e -> mine.add(e.eventId()));
                }
                return mine;
            });
            List<String> claimed = perOwner.stream().flatMap(List::stream).toList();
            assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        }
    }

    @Test
    void doneRowsAreNeitherPendingNorClaimable() {
        recordInbox(2);
        InboxEntry first = inbox.claim("a", 1, NOW, LEASE).get(0);
        assertThat(inbox.markDone(first.id(), first.leaseToken())).isTrue();

        assertThat(inbox.countPending()).isEqualTo(1);
        assertThat(inbox.claim("b", 5, NOW + 10 * LEASE, LEASE)).extracting(InboxEntry::eventId)
                .containsExactly("ev-1");
    }

    @Test
    void aRetryIsCountedAndReleasedAfterItsBackoff() {
        recordInbox(1);
        InboxEntry entry = inbox.claim("a", 1, NOW, LEASE).get(0);
        assertThat(inbox.retryLater(entry.id(), entry.leaseToken(), NOW + 2_000, "timeout talking to 企业微信", true))
                .isTrue();

        assertThat(inbox.claim("b", 1, NOW + 1_999, LEASE)).isEmpty();
        List<InboxEntry> again = inbox.claim("b", 1, NOW + 2_000, LEASE);
        assertThat(again).hasSize(1);
        assertThat(again.get(0).attempts()).isEqualTo(1);
        assertThat(again.get(0).lastError()).isEqualTo("timeout talking to 企业微信");
        assertThat(again.get(0).status()).isEqualTo(MessageStatus.PENDING);
        assertThat(inbox.countPending()).isEqualTo(1);
    }

    @Test
    void aPermanentFailureStaysFailedAndIsNotClaimedAgain() throws Exception {
        recordInbox(1);
        InboxEntry entry = inbox.claim("a", 1, NOW, LEASE).get(0);
        assertThat(inbox.markFailed(entry.id(), entry.leaseToken(), "x".repeat(5_000))).isTrue();

        assertThat(inbox.countPending()).isZero();
        assertThat(inbox.claim("b", 1, NOW + 10 * LEASE, LEASE)).isEmpty();
        assertThat(List.of(inboxStatus(entry.id()))).containsExactly("FAILED");
        assertThat(inboxLastError(entry.id())).hasSize(1_000);
    }

    @Test
    void enqueueIsIdempotentOnTheDedupeKey() {
        long first = outbox.enqueue("wecom", "zhangsan", "{\"text\":\"早报📈\"}", "digest:2026-11-27:m001", NOW);
        long again = outbox.enqueue("wecom", "zhangsan", "{\"text\":\"changed\"}", "digest:2026-11-27:m001", NOW + 1);
        long other = outbox.enqueue("wecom", "zhangsan", "{}", "digest:2026-11-28:m001", NOW);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(outbox.count(MessageStatus.PENDING)).isEqualTo(2);
        OutboxEntry stored = outbox.claimDue("a", 10, NOW, LEASE).get(0);
        assertThat(stored).isEqualTo(new OutboxEntry(first, "wecom", "zhangsan", "{\"text\":\"早报📈\"}",
                "digest:2026-11-27:m001", NOW, NOW, 0, MessageStatus.PENDING, null, stored.leaseToken(), 0));
        assertThat(stored.leaseToken()).isNotBlank();
    }

    @Test
    void enqueueAllAddsMessagesInQueueOrder() {
        outbox.enqueueAll(List.of(
                new OutboxStore.NewMessage("wecom", "zhangsan", "{\"text\":\"一\"}", "reply:wecom:e1:0", NOW),
                new OutboxStore.NewMessage("wecom", "zhangsan", "{\"text\":\"二\"}", "reply:wecom:e1:1", NOW),
                new OutboxStore.NewMessage("dingtalk", "lisi", "{}", null, NOW)));

        List<OutboxEntry> due = outbox.claimDue("a", 10, NOW, LEASE);
        assertThat(due).extracting(OutboxEntry::payload)
                .containsExactly("{\"text\":\"一\"}", "{\"text\":\"二\"}", "{}");
        assertThat(due).extracting(OutboxEntry::dedupeKey)
                .containsExactly("reply:wecom:e1:0", "reply:wecom:e1:1", null);
        assertThat(due).extracting(OutboxEntry::recipient).containsExactly("zhangsan", "zhangsan", "lisi");
        assertThat(due.get(0).id()).isLessThan(due.get(1).id());
        assertThat(due.get(1).id()).isLessThan(due.get(2).id());
    }

    @Test
    void enqueueAllSkipsDedupeKeysAlreadyQueuedAndKeepsTheRest() {
        long first = outbox.enqueue("wecom", "zhangsan", "{\"v\":1}", "reply:wecom:e1:0", NOW);

        outbox.enqueueAll(List.of(
                new OutboxStore.NewMessage("wecom", "zhangsan", "{\"v\":2}", "reply:wecom:e1:0", NOW + 1),
                new OutboxStore.NewMessage("wecom", "zhangsan", "{\"v\":3}", "reply:wecom:e2:0", NOW + 1),
                new OutboxStore.NewMessage("wecom", "zhangsan", "{\"v\":4}", "reply:wecom:e2:0", NOW + 1),
                new OutboxStore.NewMessage("wecom", "zhangsan", "{\"v\":5}", null, NOW + 1)));

        List<OutboxEntry> due = outbox.claimDue("a", 10, NOW + 1, LEASE);
        assertThat(due).extracting(OutboxEntry::payload).containsExactly("{\"v\":1}", "{\"v\":3}", "{\"v\":5}");
        assertThat(due.get(0).id()).isEqualTo(first);
    }

    @Test
    void messagesWithoutDedupeKeyAreAlwaysAdded() {
        long a = outbox.enqueue("dingtalk", "lisi", "{}", null, NOW);
        long b = outbox.enqueue("dingtalk", "lisi", "{}", null, NOW);

        assertThat(a).isNotEqualTo(b);
        assertThat(outbox.count(MessageStatus.PENDING)).isEqualTo(2);
    }

    @Test
    void concurrentEnqueuesOfOneDedupeKeyAddOneRow() throws Exception {
        List<Long> ids = Concurrently.run(6, () -> outbox.enqueue("wecom", "wangwu", "{}", "remind:touch:42", NOW));

        assertThat(new HashSet<>(ids)).hasSize(1);
        assertThat(outbox.count(MessageStatus.PENDING)).isEqualTo(1);
    }

    @Test
    void aRescheduledMessageIsDueAgainExactlyAtItsNextAttempt() {
        long id = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        OutboxEntry claimed = outbox.claimDue("a", 1, NOW, LEASE).get(0);
        assertThat(claimed.id()).isEqualTo(id);
        assertThat(outbox.reschedule(id, claimed.leaseToken(), NOW + 60_000, "45009 接口调用超过限制", true)).isTrue();

        assertThat(outbox.claimDue("b", 1, NOW + 59_999, LEASE)).isEmpty();
        List<OutboxEntry> due = outbox.claimDue("b", 1, NOW + 60_000, LEASE);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).attempts()).isEqualTo(1);
        assertThat(due.get(0).nextAttemptAt()).isEqualTo(NOW + 60_000);
        assertThat(due.get(0).lastError()).isEqualTo("45009 接口调用超过限制");
        assertThat(outbox.count(MessageStatus.PENDING)).isEqualTo(1);
    }

    @Test
    void aMessageEnqueuedForLaterIsNotDueBefore() {
        long id = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW + 1);

        assertThat(outbox.claimDue("a", 1, NOW, LEASE)).isEmpty();
        assertThat(outbox.claimDue("a", 1, NOW + 1, LEASE)).extracting(OutboxEntry::id).containsExactly(id);
    }

    @Test
    void anOutboxLeaseHoldsUntilItsEnd() {
        long id = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        outbox.claimDue("a", 1, NOW, LEASE);

        assertThat(outbox.claimDue("b", 1, NOW + LEASE - 1, LEASE)).isEmpty();
        assertThat(outbox.claimDue("b", 1, NOW + LEASE, LEASE)).extracting(OutboxEntry::id).containsExactly(id);
    }

    @Test
    void sentMessagesAreDoneAndNotClaimedAgain() {
        long id = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        OutboxEntry claimed = outbox.claimDue("a", 1, NOW, LEASE).get(0);
        assertThat(outbox.markSent(id, claimed.leaseToken(), NOW + 10)).isTrue();

        assertThat(outbox.count(MessageStatus.DONE)).isEqualTo(1);
        assertThat(outbox.count(MessageStatus.PENDING)).isZero();
        assertThat(outbox.claimDue("b", 1, NOW + 10 * LEASE, LEASE)).isEmpty();
    }

    @Test
    void permanentFailuresStayVisibleNewestFirst() {
        long older = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        long newer = outbox.enqueue("wecom", "lisi", "{}", null, NOW);
        long third = outbox.enqueue("wecom", "wangwu", "{}", null, NOW);
        for (OutboxEntry e : outbox.claimDue("a", 3, NOW, LEASE)) {
            String error = e.id() == older ? "60020 IP 不在白名单" : e.id() == newer ? "81013 用户不在应用可见范围"
                    : "y".repeat(3_000);
            assertThat(outbox.markFailed(e.id(), e.leaseToken(), error)).isTrue();
        }

        assertThat(outbox.count(MessageStatus.FAILED)).isEqualTo(3);
        assertThat(outbox.failed(2)).extracting(OutboxEntry::id).containsExactly(third, newer);
        OutboxEntry failed = outbox.failed(3).get(2);
        assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("60020 IP 不在白名单");
        assertThat(outbox.failed(1).get(0).lastError()).hasSize(1_000);
        assertThat(outbox.claimDue("a", 5, NOW + 10 * LEASE, LEASE)).isEmpty();
    }

    @Test
    void aLateFailureReportNeverTurnsFinishedRowsBack() throws Exception {
        recordInbox(1);
        InboxEntry entry = inbox.claim("a", 1, NOW, LEASE).get(0);
        assertThat(inbox.markDone(entry.id(), entry.leaseToken())).isTrue();
        assertThat(inbox.markFailed(entry.id(), entry.leaseToken(), "late")).isFalse();
        assertThat(inbox.retryLater(entry.id(), entry.leaseToken(), NOW, "late", true)).isFalse();
        long id = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        OutboxEntry claimed = outbox.claimDue("a", 1, NOW, LEASE).get(0);
        assertThat(outbox.markSent(id, claimed.leaseToken(), NOW)).isTrue();
        assertThat(outbox.markFailed(id, claimed.leaseToken(), "late")).isFalse();
        assertThat(outbox.reschedule(id, claimed.leaseToken(), NOW, "late", true)).isFalse();

        assertThat(List.of(inboxStatus(entry.id()))).containsExactly("DONE");
        assertThat(outbox.count(MessageStatus.DONE)).isEqualTo(1);
        assertThat(outbox.failed(5)).isEmpty();
    }

    @Test
    void concurrentOutboxClaimersNeverShareARow() throws Exception {
        Set<Long> all = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            all.add(outbox.enqueue("wecom", "r" + i, "{}", null, NOW));
        }
        List<List<Long>> perOwner = Concurrently.run(4, () -> {
            List<Long> mine = new ArrayList<>();
            String owner = Thread.currentThread().getName();
            for (List<OutboxEntry> batch = outbox.claimDue(owner, 4, NOW, LEASE); !batch.isEmpty();
                 batch = outbox.claimDue(owner, 4, NOW, LEASE)) {
                batch.forEach(e -> mine.add(e.id()));
            }
            return mine;
        });

        List<Long> claimed = perOwner.stream().flatMap(List::stream).toList();
        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void aCompletionPresentedWithAStolenLeaseChangesNothing() throws Exception {
        recordInbox(1);
        InboxEntry first = inbox.claim("a", 1, NOW, LEASE).get(0);
        InboxEntry second = inbox.claim("b", 1, NOW + LEASE, LEASE).get(0);
        assertThat(second.leaseToken()).isNotEqualTo(first.leaseToken());
        assertThat(inbox.renew(first.id(), first.leaseToken(), NOW + 3 * LEASE)).isFalse();
        assertThat(inbox.retryLater(first.id(), first.leaseToken(), NOW, "late", true)).isFalse();
        assertThat(inbox.markFailed(first.id(), first.leaseToken(), "late")).isFalse();
        assertThat(inbox.markDone(first.id(), first.leaseToken())).isFalse();
        assertThat(inbox.claim("c", 1, NOW + LEASE + 1, LEASE)).as("b's lease untouched").isEmpty();
        assertThat(inbox.markDone(second.id(), second.leaseToken())).isTrue();

        long id = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        OutboxEntry a = outbox.claimDue("a", 1, NOW, LEASE).get(0);
        OutboxEntry b = outbox.claimDue("b", 1, NOW + LEASE, LEASE).get(0);
        assertThat(outbox.reschedule(id, a.leaseToken(), NOW, "late", true)).isFalse();
        assertThat(outbox.markPartsDone(id, a.leaseToken(), 1)).isFalse();
        assertThat(outbox.markSent(id, a.leaseToken(), NOW + LEASE)).isFalse();
        assertThat(outbox.markFailed(id, a.leaseToken(), "late")).isFalse();
        assertThat(outbox.claimDue("c", 1, NOW + LEASE + 1, LEASE)).as("b's lease untouched").isEmpty();
        assertThat(outbox.markSent(id, b.leaseToken(), NOW + LEASE)).isTrue();
        assertThat(outboxAttempts(id)).isZero();
    }

    @Test
    void batchRenewalsAndCompletionsChangeOnlyTheRowsStillHeldUnderTheToken() {
        recordInbox(3);
        List<InboxEntry> mine = inbox.claim("a", 3, NOW, LEASE);
        List<Long> ids = mine.stream().map(InboxEntry::id).toList();
        String token = mine.get(0).leaseToken();
        // the last row's lease runs out and b takes it
        assertThat(inbox.renewAll(ids.subList(0, 2), token, NOW + 3 * LEASE)).isEqualTo(2);
        InboxEntry stolen = inbox.claim("b", 1, NOW + LEASE, LEASE).get(0);
        assertThat(stolen.id()).isEqualTo(ids.get(2));
        assertThat(inbox.renewAll(ids, token, NOW + 3 * LEASE)).isEqualTo(2);
        assertThat(inbox.markAllDone(ids, token)).isEqualTo(2);
        assertThat(inbox.markAllDone(ids, token)).as("done rows are not done twice").isZero();
        assertThat(inbox.countPending()).isEqualTo(1);
        assertThat(inbox.markDone(stolen.id(), stolen.leaseToken())).as("b's lease untouched").isTrue();

        List<Long> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            out.add(outbox.enqueue("wecom", "rep" + i, "{}", null, NOW));
        }
        String outToken = outbox.claimDue("a", 3, NOW, LEASE).get(0).leaseToken();
        assertThat(outbox.renewAll(out.subList(0, 2), outToken, NOW + 3 * LEASE)).isEqualTo(2);
        OutboxEntry taken = outbox.claimDue("b", 1, NOW + LEASE, LEASE).get(0);
        assertThat(taken.id()).isEqualTo(out.get(2));
        assertThat(outbox.markAllSent(out, outToken, NOW + LEASE)).isEqualTo(2);
        assertThat(outbox.count(MessageStatus.DONE)).isEqualTo(2);
        assertThat(outbox.count(MessageStatus.PENDING)).isEqualTo(1);
        assertThat(outbox.markAllSent(List.of(out.get(2)), outToken, NOW + LEASE)).isZero();
        assertThat(outbox.markAllSent(List.of(out.get(2)), taken.leaseToken(), NOW + LEASE)).isEqualTo(1);
    }

    @Test
    void aRenewedLeaseHoldsPastItsFirstEnd() {
        recordInbox(1);
        InboxEntry entry = inbox.claim("a", 1, NOW, LEASE).get(0);
        assertThat(inbox.renew(entry.id(), entry.leaseToken(), NOW + 2 * LEASE)).isTrue();
        assertThat(inbox.claim("b", 1, NOW + 2 * LEASE - 1, LEASE)).isEmpty();
        assertThat(inbox.claim("b", 1, NOW + 2 * LEASE, LEASE)).hasSize(1);

        long id = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        OutboxEntry out = outbox.claimDue("a", 1, NOW, LEASE).get(0);
        assertThat(outbox.renew(id, out.leaseToken(), NOW + 2 * LEASE)).isTrue();
        assertThat(outbox.claimDue("b", 1, NOW + 2 * LEASE - 1, LEASE)).isEmpty();
        assertThat(outbox.claimDue("b", 1, NOW + 2 * LEASE, LEASE)).hasSize(1);
    }

    @Test
    void partsDoneAndUncountedRetriesSurviveTheNextClaim() {
        long id = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        OutboxEntry first = outbox.claimDue("a", 1, NOW, LEASE).get(0);
        assertThat(first.partsDone()).isZero();
        assertThat(outbox.markPartsDone(id, first.leaseToken(), 1)).isTrue();
        assertThat(outbox.reschedule(id, first.leaseToken(), NOW + 1, "45033 image upload", false)).isTrue();

        OutboxEntry again = outbox.claimDue("b", 1, NOW + 1, LEASE).get(0);
        assertThat(again.partsDone()).isEqualTo(1);
        assertThat(again.attempts()).as("an unavailable platform spends no attempt").isZero();
        assertThat(again.lastError()).isEqualTo("45033 image upload");
    }

    @Test
    void retentionPurgesOnlyDoneRowsOlderThanTheCutoffInBatches() throws Exception {
        recordInbox(5); // received NOW .. NOW+4
        for (InboxEntry e : inbox.claim("a", 4, NOW, LEASE)) {
            assertThat(inbox.markDone(e.id(), e.leaseToken())).isTrue();
        }
        assertThat(inbox.purgeDone(NOW + 3, 2)).isEqualTo(2);
        assertThat(inbox.purgeDone(NOW + 3, 2)).isEqualTo(1);
        assertThat(inbox.purgeDone(NOW + 3, 2)).isZero();
        assertThat(inboxEventIds()).containsExactly("ev-3", "ev-4");

        long sentOld = outbox.enqueue("wecom", "a", "{}", null, NOW);
        long sentNew = outbox.enqueue("wecom", "b", "{}", null, NOW);
        long failed = outbox.enqueue("wecom", "c", "{}", null, NOW);
        long pending = outbox.enqueue("wecom", "d", "{}", null, NOW + LEASE);
        for (OutboxEntry e : outbox.claimDue("a", 3, NOW, LEASE)) {
            if (e.id() == failed) {
                outbox.markFailed(e.id(), e.leaseToken(), "81013");
            } else {
                outbox.markSent(e.id(), e.leaseToken(), e.id() == sentOld ? NOW : NOW + 10);
            }
        }
        assertThat(outbox.purgeDone(NOW + 10, 100)).isEqualTo(1);
        assertThat(outboxIds()).containsExactly(sentNew, failed, pending);
    }

    /**
     * Two deliveries with a 1 s lease and a sender that takes about 2 s: the lease is kept alive while the row is in
     * hand, so the second instance never gets it and every row goes out once.
     */
    @Test
    void twoDeliveriesWithAShortLeaseAndASlowSenderSendEachRowOnce() throws Exception {
        for (int i = 0; i < 3; i++) {
            outbox.enqueue("slow", "rep" + i, "rep" + i, null, System.currentTimeMillis());
        }
        Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
        CountDownLatch inHand = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ChannelSender slow = new ChannelSender() {
            @Override
            public String channel() {
                return "slow";
            }

            @Override
            public SendResult send(String recipient, OutgoingMessage message) {
                sends.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
                inHand.countDown();
                try {
                    release.await(2, TimeUnit.SECONDS); // "takes 2 s", or until the test has tried to steal
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
        OutboundCodec codec = new OutboundCodec() {
            @Override
            public String encode(Outgoing outbound) {
                return outbound.recipient();
            }

            @Override
            public Outgoing decode(String payload) {
                return Outgoing.send("slow", payload, new TextMessage(payload));
            }
        };
        RetryPolicy policy = RetryPolicy.defaults();
        try (OutboxDelivery a = new OutboxDelivery(outbox, List.of(slow), codec, policy, Clock.systemUTC(), "a",
                1_000, null);
             OutboxDelivery b = new OutboxDelivery(outbox, List.of(slow), codec, policy, Clock.systemUTC(), "b",
                1_000, null)) {
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<Integer> byA = pool.submit(() -> a.deliverDue(1));
                assertThat(inHand.await(30, TimeUnit.SECONDS)).isTrue();
                // while a's send is in hand, past a's first lease end, b keeps trying and takes only the other rows
                long until = System.currentTimeMillis() + 2_500;
                int byB = 0;
                while (System.currentTimeMillis() < until) {
                    byB += b.deliverDue(5);
                }
                release.countDown();
                assertThat(byA.get(30, TimeUnit.SECONDS)).isEqualTo(1);
                assertThat(byB).isEqualTo(2);
            } finally {
                release.countDown();
                pool.shutdownNow();
            }
        }
        assertThat(sends).hasSize(3);
        assertThat(sends.values()).allSatisfy(n -> assertThat(n).hasValue(1));
        assertThat(outbox.count(MessageStatus.DONE)).isEqualTo(3);
    }
}
