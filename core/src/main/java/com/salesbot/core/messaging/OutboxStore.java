package com.salesbot.core.messaging;

import java.util.List;

/**
 * Durable queue of outgoing messages; safe for several bot instances. Claimed rows are fenced by their lease token
 * as in {@link InboxStore}: a change presented with a token that no longer holds the row is ignored (false).
 */
public interface OutboxStore {
    /**
     * Adds a message. When dedupeKey is set and already present nothing is added.
     *
     * @return the id of the new or existing row
     */
    long enqueue(String channel, String recipient, String payload, String dedupeKey, long now);

    /** A message to queue (the arguments of {@link #enqueue}). */
    record NewMessage(String channel, String recipient, String payload, String dedupeKey, long dueAt) {
    }

    /**
     * Adds several messages in queue order, each as {@link #enqueue} would (a dedupe key already present adds
     * nothing), within the caller's transaction when there is one. Database stores use one statement; the default
     * adds them one by one.
     */
    default void enqueueAll(List<NewMessage> messages) {
        for (NewMessage m : messages) {
            enqueue(m.channel(), m.recipient(), m.payload(), m.dedupeKey(), m.dueAt());
        }
    }

    /** Claims up to max PENDING rows due at now, leasing them to owner until now + leaseMillis under one new token. */
    List<OutboxEntry> claimDue(String owner, int max, long now, long leaseMillis);

    /** Extends the lease of a row still held under token; false when the lease was lost. */
    boolean renew(long id, String leaseToken, long leaseUntil);

    /** Records that the first partsDone parts of a multi-part message went out; false when the lease was lost. */
    boolean markPartsDone(long id, String leaseToken, int partsDone);

    boolean markSent(long id, String leaseToken, long at);

    /** Extends the leases of the rows still held under token; returns how many were still held. */
    default int renewAll(List<Long> ids, String leaseToken, long leaseUntil) {
        int held = 0;
        for (long id : ids) {
            held += renew(id, leaseToken, leaseUntil) ? 1 : 0;
        }
        return held;
    }

    /**
     * Sent, for every row still held under token; returns how many changed. Stores override this with one
     * statement; the default marks row by row.
     */
    default int markAllSent(List<Long> ids, String leaseToken, long at) {
        int sent = 0;
        for (long id : ids) {
            sent += markSent(id, leaseToken, at) ? 1 : 0;
        }
        return sent;
    }

    /**
     * Tries again at nextAttemptAt, keeping the error; spends an attempt only when countAttempt (the message itself
     * failed, not an unavailable platform or dependency). False when the lease was lost.
     */
    boolean reschedule(long id, String leaseToken, long nextAttemptAt, String error, boolean countAttempt);

    /** A permanent failure: kept as FAILED with the error, never deleted. False when the lease was lost. */
    boolean markFailed(long id, String leaseToken, String error);

    /** Deletes at most batch DONE rows sent before cutoff (retention); returns how many went. */
    int purgeDone(long sentBefore, int batch);

    long count(MessageStatus status);

    List<OutboxEntry> failed(int max);

    /** When the oldest PENDING row was created (epoch ms), 0 when nothing is pending. */
    default long oldestPendingAt() {
        return 0;
    }
}
