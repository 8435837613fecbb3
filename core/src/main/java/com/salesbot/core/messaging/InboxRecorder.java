package com.salesbot.core.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Records verified callbacks in the inbox with group commit: callbacks that arrive while a write is in progress are
 * recorded together by the next write, one transaction and one statement for all of them, instead of one commit
 * per request. Each caller still returns only once its own row is committed (recorded durably before it is
 * acknowledged), or throws when it was not recorded.
 * <p>
 * No timer and no added wait: a callback arriving when nothing is being written is written at once, alone; under
 * load the batches grow by themselves with the number of requests waiting. One write at a time per instance: the
 * caller that finds no write in progress becomes the writer and writes everything queued up to and including its
 * own row; the others wait for their row (woken when it is written), and the writer hands over to the oldest one
 * still waiting when it is done, so no caller queues on a lock just to learn that its row was written.
 * <p>
 * When a batch fails for a reason other than an unavailable database (see {@link Failures#isUnavailable}), each of
 * its callbacks is tried again alone, so one bad row cannot fail the others; when the database is unavailable every
 * caller of the batch gets the error at once (the platform sends the callback again later).
 */
public final class InboxRecorder {
    /** Rows and payload characters one statement carries at most. */
    static final int MAX_ROWS = 64;
    static final int MAX_CHARS = 1 << 20;
    private static final long WAKE_UP_BOUND = TimeUnit.MILLISECONDS.toNanos(5);

    private final InboxStore store;
    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();
    private volatile Listener listener = Listener.NONE;

    public InboxRecorder(InboxStore store) {
        this.store = store;
    }

    /** Observes the size of each write (metrics, tests). */
    public InboxRecorder listener(Listener listener) {
        this.listener = listener == null ? Listener.NONE : listener;
        return this;
    }

    /**
     * Records one callback, together with whatever other callbacks are waiting.
     *
     * @return true when new, false when (channel, eventId) was already recorded (a platform retry)
     */
    public boolean record(String channel, String eventId, String payload, long receivedAt) {
        Waiting mine = new Waiting(new InboxStore.Arrival(channel, eventId, payload, receivedAt),
                Thread.currentThread());
        queue.add(mine);
        boolean interrupted = false;
        while (!mine.done) {
            if (writer.tryLock()) {
                try {
                    while (!mine.done) {
                        write(next()); // FIFO: what was queued before ours, then ours
                    }
                } finally {
                    writer.unlock();
                }
                // rows queued during the last write need a writer: wake the oldest waiting caller to become it
                Waiting head = queue.peek();
                if (head != null) {
                    LockSupport.unpark(head.thread);
                }
            } else {
                // woken when our row is written or the writer hands over; the timeout only bounds a lost wake-up
                LockSupport.parkNanos(this, WAKE_UP_BOUND);
                interrupted |= Thread.interrupted();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (mine.error != null) {
            throw new RecordFailed(mine.error);
        }
        return mine.fresh;
    }

    /** Callbacks queued and not yet written (tests). */
    int waiting() {
        return queue.size();
    }

    private List<Waiting> next() {
        List<Waiting> batch = new ArrayList<>();
        long chars = 0;
        for (Waiting w; batch.size() < MAX_ROWS && (w = queue.peek()) != null; ) {
            int size = w.arrival.payload() == null ? 0 : w.arrival.payload().length();
            if (!batch.isEmpty() && chars + size > MAX_CHARS) {
                break;
            }
            batch.add(queue.poll());
            chars += size;
        }
        return batch;
    }

    private void write(List<Waiting> batch) {
        try {
            boolean[] fresh = store.recordAll(batch.stream().map(w -> w.arrival).toList());
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).finish(fresh[i], null);
            }
            listener.written(batch.size());
        } catch (RuntimeException e) {
            if (batch.size() == 1 || Failures.isUnavailable(e)) {
                batch.forEach(w -> w.finish(false, e));
                return;
            }
            for (Waiting w : batch) {
                write(List.of(w));
            }
        }
    }

    private static final class Waiting {
        final InboxStore.Arrival arrival;
        final Thread thread;
        // written before done (volatile) is set, read after done was seen
        boolean fresh;
        RuntimeException error;
        volatile boolean done;

        Waiting(InboxStore.Arrival arrival, Thread thread) {
            this.arrival = arrival;
            this.thread = thread;
        }

        void finish(boolean fresh, RuntimeException error) {
            this.fresh = fresh;
            this.error = error;
            this.done = true;
            LockSupport.unpark(thread);
        }
    }

    /** The callback was not recorded; the cause says why (an unavailable database, a rejected row). */
    public static final class RecordFailed extends RuntimeException {
        RecordFailed(RuntimeException cause) {
            super("callback not recorded: " + cause.getClass().getSimpleName(), cause);
        }
    }

    /** Observes writes. */
    public interface Listener {
        Listener NONE = rows -> { };

        /** One committed write of rows callbacks. */
        void written(int rows);
    }
}
