package com.salesbot.core.messaging;

import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;
import java.time.Clock;
import java.time.Duration;

/**
 * Deletes DONE inbox and outbox rows older than the retention period, in batches (short transactions, no long lock
 * on the tables the pump works on). PENDING and FAILED rows are never purged: FAILED rows stay visible until someone
 * looks at them.
 */
public final class Retention {
    private final InboxStore inbox;
    private final OutboxStore outbox;
    private final Clock clock;
    private final Duration period;
    private final int batch;
    private final int maxBatchesPerRun;

    public Retention(InboxStore inbox, OutboxStore outbox, Clock clock, Duration period, int batch,
                     int maxBatchesPerRun) {
        if (period.isNegative() || period.isZero() || batch < 1 || maxBatchesPerRun < 1) {
            throw new IllegalArgumentException("retention needs a positive period, batch and batch count");
        }
        this.inbox = inbox;
        this.outbox = outbox;
        this.clock = clock;
        this.period = period;
        this.batch = batch;
        this.maxBatchesPerRun = maxBatchesPerRun;
    }

    /** What one run removed. */
    public record Purged(int inbox, int outbox) {
    }

    /** Purges up to maxBatchesPerRun batches per table; the next run continues where this one stopped. */
    public Purged purge() {
        long cutoff = clock.millis() - period.toMillis();
        int in = 0;
        for (int i = 0, n = batch; i < maxBatchesPerRun && n == batch; i++) {
            n = inbox.purgeDone(cutoff, batch);
            in += n;
        }
        int out = 0;
        for (int i = 0, n = batch; i < maxBatchesPerRun && n == batch; i++) {
            n = outbox.purgeDone(cutoff, batch);
            out += n;
        }
        return new Purged(in, out);
    }
}
