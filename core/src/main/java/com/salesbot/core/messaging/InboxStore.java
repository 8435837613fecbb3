package com.salesbot.core.messaging;

import java.util.List;

/** Durable record of accepted callbacks; safe for several bot instances. */
public interface InboxStore {
    /**
     * Records a verified callback.
     *
     * @return true when newly recorded, false when (channel, eventId) was already there (a platform retry)
     */
    boolean record(String channel, String eventId, String payload, long receivedAt);

    /** Claims up to max pending rows whose lease is free, leasing them to owner until now + leaseMillis. */
    List<InboxEntry> claim(String owner, int max, long now, long leaseMillis);

    void markDone(long id);

    /** Counts the attempt; permanent failures become FAILED, others are released for a later try. */
    void markFailed(long id, String error, boolean permanent);

    long countPending();

    /** When the oldest pending row was received (epoch ms), 0 when nothing is pending. */
    default long oldestPendingAt() {
        return 0;
    }
}
