package com.salesbot.core.push;

import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.messaging.Outgoing;
import java.util.Collection;

/**
 * Puts pushes into the outbox, which handles rate limits, retries and visible failures. A push made during
 * quiet hours is enqueued due at the window's end (the outbox's next attempt), so it waits instead of being lost.
 */
public final class PushOutbox {
    private final OutboxWriter outbox;
    private final QuietHours quiet;

    public PushOutbox(OutboxWriter outbox, QuietHours quiet) {
        this.outbox = outbox;
        this.quiet = quiet;
    }

    /** Enqueues every push (idempotent per dedupe key); returns how many were handed over. */
    public int enqueue(Collection<Outgoing> pushes, long now) {
        long due = quiet.dueAt(now);
        for (Outgoing push : pushes) {
            outbox.enqueue(Outgoing.keyed(push.dedupeKey(), push), due);
        }
        return pushes.size();
    }
}
