package com.salesbot.core.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T01:00:00Z"));
    private final MemoryQueues.Inbox inbox = new MemoryQueues.Inbox();
    private final MemoryQueues.Outbox outbox = new MemoryQueues.Outbox();

    private void doneInboxRow(String eventId, long receivedAt) {
        inbox.record("wecom", eventId, "{}", receivedAt);
        InboxEntry e = inbox.claim("a", 1, clock.millis(), 10_000).get(0);
        inbox.markDone(e.id(), e.leaseToken());
    }

    @Test
    void onlyDoneRowsOlderThanThePeriodGoAndBatchesContinueUpToTheRunLimit() {
        long day = Duration.ofDays(1).toMillis();
        for (int i = 0; i < 7; i++) {
            doneInboxRow("old-" + i, clock.millis() - 31 * day);
        }
        doneInboxRow("recent", clock.millis() - 29 * day);
        inbox.record("wecom", "still-pending", "{}", clock.millis() - 40 * day);
        long sent = outbox.enqueue("wecom", "u", "{}", null, clock.millis() - 40 * day);
        OutboxEntry o = outbox.claimDue("a", 1, clock.millis(), 10_000).get(0);
        outbox.markSent(sent, o.leaseToken(), clock.millis() - 31 * day);

        Retention retention = new Retention(inbox, outbox, clock, Duration.ofDays(30), 2, 3);
        assertThat(retention.purge()).isEqualTo(new Retention.Purged(6, 1));
        assertThat(retention.purge()).isEqualTo(new Retention.Purged(1, 0));
        assertThat(retention.purge()).isEqualTo(new Retention.Purged(0, 0));
        assertThat(inbox.rows.values()).extracting(InboxEntry::eventId).containsExactly("recent", "still-pending");
    }
}
