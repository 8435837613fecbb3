package com.salesbot.core.messaging;

import java.util.List;

/** Durable queue of outgoing messages; safe for several bot instances. */
public interface OutboxStore {
    /**
     * Adds a message. When dedupeKey is set and already present nothing is added.
     *
     * @return the id of the new or existing row
     */
    long enqueue(String channel, String recipient, String payload, String dedupeKey, long now);

    /** Claims up to max PENDING rows due at now, leasing them to owner until now + leaseMillis. */
    List<OutboxEntry> claimDue(String owner, int max, long now, long leaseMillis);

    void markSent(long id, long at);

    /** A transient failure: try again at nextAttemptAt. */
    void reschedule(long id, long nextAttemptAt, String error);

    /** A permanent failure: kept as FAILED with the error, never deleted. */
    void markFailed(long id, String error);

    long count(MessageStatus status);

    List<OutboxEntry> failed(int max);

    /** When the oldest PENDING row was created (epoch ms), 0 when nothing is pending. */
    default long oldestPendingAt() {
        return 0;
    }
}
