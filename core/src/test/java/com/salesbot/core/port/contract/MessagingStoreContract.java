package com.salesbot.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.messaging.InboxEntry;
import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.messaging.OutboxEntry;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.testdata.Concurrently;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
    void oldestPendingAgeComesFromTheOldestRowStillPending() {
        assertThat(inbox.oldestPendingAt()).isZero();
        assertThat(outbox.oldestPendingAt()).isZero();
        inbox.record("wecom", "old", "{}", NOW - 5_000);
        inbox.record("wecom", "new", "{}", NOW);
        long oldOut = outbox.enqueue("wecom", "u1", "{}", null, NOW - 7_000);
        outbox.enqueue("wecom", "u1", "{}", null, NOW);
        assertThat(inbox.oldestPendingAt()).isEqualTo(NOW - 5_000);
        assertThat(outbox.oldestPendingAt()).isEqualTo(NOW - 7_000);

        inbox.markDone(inbox.claim("a", 1, NOW, LEASE).get(0).id());
        outbox.markSent(oldOut, NOW);
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
        inbox.markDone(first.id());

        assertThat(inbox.countPending()).isEqualTo(1);
        assertThat(inbox.claim("b", 5, NOW + 10 * LEASE, LEASE)).extracting(InboxEntry::eventId)
                .containsExactly("ev-1");
    }

    @Test
    void aTransientFailureIsCountedAndReleasedAtOnce() {
        recordInbox(1);
        InboxEntry entry = inbox.claim("a", 1, NOW, LEASE).get(0);
        inbox.markFailed(entry.id(), "timeout talking to 企业微信", false);

        List<InboxEntry> again = inbox.claim("b", 1, NOW + 1, LEASE);
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
        inbox.markFailed(entry.id(), "x".repeat(5_000), true);

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
                "digest:2026-11-27:m001", NOW, NOW, 0, MessageStatus.PENDING, null));
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
        assertThat(outbox.claimDue("a", 1, NOW, LEASE)).extracting(OutboxEntry::id).containsExactly(id);
        outbox.reschedule(id, NOW + 60_000, "45009 接口调用超过限制");

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
        outbox.claimDue("a", 1, NOW, LEASE);
        outbox.markSent(id, NOW + 10);

        assertThat(outbox.count(MessageStatus.DONE)).isEqualTo(1);
        assertThat(outbox.count(MessageStatus.PENDING)).isZero();
        assertThat(outbox.claimDue("b", 1, NOW + 10 * LEASE, LEASE)).isEmpty();
    }

    @Test
    void permanentFailuresStayVisibleNewestFirst() {
        long older = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        long newer = outbox.enqueue("wecom", "lisi", "{}", null, NOW);
        long third = outbox.enqueue("wecom", "wangwu", "{}", null, NOW);
        outbox.markFailed(older, "60020 IP 不在白名单");
        outbox.markFailed(newer, "81013 用户不在应用可见范围");
        outbox.markFailed(third, "y".repeat(3_000));

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
        inbox.markDone(entry.id());
        inbox.markFailed(entry.id(), "late", true);
        long id = outbox.enqueue("wecom", "zhangsan", "{}", null, NOW);
        outbox.markSent(id, NOW);
        outbox.markFailed(id, "late");

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
}
