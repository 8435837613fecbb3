package com.salesbot.core.messaging;

import java.util.List;

/**
 * Durable record of accepted callbacks; safe for several bot instances. A claim leases rows under a token fresh to
 * that claim; every later change to a claimed row presents the token and is ignored (returns false) once another
 * claim has taken the row, so an instance whose lease ran out can never complete or release someone else's work.
 */
public interface InboxStore {
    /**
     * Records a verified callback.
     *
     * @return true when newly recorded, false when (channel, eventId) was already there (a platform retry)
     */
    boolean record(String channel, String eventId, String payload, long receivedAt);

    /** A verified callback waiting to be recorded (the arguments of {@link #record}). */
    record Arrival(String channel, String eventId, String payload, long receivedAt) {
    }

    /**
     * Records several callbacks at once; element i answers {@link #record} for arrivals[i] (false for a retry already
     * recorded, and for the second of two arrivals of one event). Database stores do it in one transaction with one
     * statement, so it is all or nothing: when it throws, none was recorded. The default records row by row.
     */
    default boolean[] recordAll(List<Arrival> arrivals) {
        boolean[] fresh = new boolean[arrivals.size()];
        for (int i = 0; i < fresh.length; i++) {
            Arrival a = arrivals.get(i);
            fresh[i] = record(a.channel(), a.eventId(), a.payload(), a.receivedAt());
        }
        return fresh;
    }

    /**
     * Claims up to max pending rows that are free at now (lease ended and retry time reached), leasing them to owner
     * until now + leaseMillis under one new token carried by every returned entry.
     */
    List<InboxEntry> claim(String owner, int max, long now, long leaseMillis);

    /** Extends the lease of a row still held under token; false when the lease was lost. */
    boolean renew(long id, String leaseToken, long leaseUntil);

    /** Done, if the row is still held under token; false (and nothing changed) when the lease was lost. */
    boolean markDone(long id, String leaseToken);

    /**
     * Extends the leases of the rows still held under token (one claim's rows share its token); returns how many
     * were still held. Stores override this with one statement; the default renews row by row.
     */
    default int renewAll(List<Long> ids, String leaseToken, long leaseUntil) {
        int held = 0;
        for (long id : ids) {
            held += renew(id, leaseToken, leaseUntil) ? 1 : 0;
        }
        return held;
    }

    /**
     * Done for every row still held under token, within the caller's transaction when there is one; returns how
     * many changed. Fewer than ids.size() means some lease was lost: the caller rolls its transaction back.
     * Stores override this with one statement; the default marks row by row.
     */
    default int markAllDone(List<Long> ids, String leaseToken) {
        int done = 0;
        for (long id : ids) {
            done += markDone(id, leaseToken) ? 1 : 0;
        }
        return done;
    }

    /**
     * Releases the row for another try not before notBefore, keeping the error; spends an attempt only when
     * countAttempt (the message itself failed, not an unavailable dependency). False when the lease was lost.
     */
    boolean retryLater(long id, String leaseToken, long notBefore, String error, boolean countAttempt);

    /** FAILED for good with the reason kept; false when the lease was lost. */
    boolean markFailed(long id, String leaseToken, String error);

    /** Deletes at most batch DONE rows received before cutoff (retention); returns how many went. */
    int purgeDone(long receivedBefore, int batch);

    long countPending();

    /** When the oldest pending row was received (epoch ms), 0 when nothing is pending. */
    default long oldestPendingAt() {
        return 0;
    }
}
