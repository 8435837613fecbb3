package com.salesbot.core.messaging;

import com.salesbot.core.card.Card;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Step 5 of the message life cycle: delivers due outbox rows through their channel.
 * <ul>
 *   <li>Leases are short and kept alive while a row is in hand ({@link LeaseKeeper}); a claimed row whose lease ran
 *   out before its turn is re-checked and left alone if another instance took it. Every completion presents the
 *   lease token, so a late report never touches a row another instance now owns.</li>
 *   <li>Multi-part messages record each part as it goes out ({@link SendProgress}); a retry sends only the rest.</li>
 *   <li>Failures follow {@link RetryPolicy}: an unavailable platform (rate limits, outages) is retried without
 *   spending attempts; a message that fails by itself spends attempts; permanent failures stay visible as FAILED.
 *   </li>
 * </ul>
 */
public final class OutboxDelivery implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final OutboxStore outbox;
    private final Map<String, ChannelSender> senders;
    private final OutboundCodec codec;
    private final RetryPolicy retry;
    private final Clock clock;
    private final String owner;
    private final long leaseMillis;
    private final DeliveryListener listener;
    private final DoubleSupplier random;
    private final LeaseKeeper keeper;
    private static final AtomicInteger THREADS = new AtomicInteger();
    /** Rows marked sent by one statement at most. */
    static final int MARK_BATCH = 32;
    private volatile long markLingerNanos = TimeUnit.MILLISECONDS.toNanos(50);
    /** Put on the queue of sent rows by the last worker of a pass. */
    private static final OutboxEntry NO_MORE = new OutboxEntry(-1, "", "", "", null, 0, 0, 0,
            MessageStatus.PENDING, null);
    private volatile int parallelism = 1;
    private ExecutorService pool;

    public OutboxDelivery(OutboxStore outbox, List<ChannelSender> senders, OutboundCodec codec, RetryPolicy retry,
                          Clock clock, String owner, long leaseMillis, DeliveryListener listener,
                          DoubleSupplier random) {
        this.outbox = outbox;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.codec = codec;
        this.retry = retry;
        this.clock = clock;
        this.owner = owner;
        this.leaseMillis = leaseMillis;
        this.listener = listener == null ? DeliveryListener.NONE : listener;
        this.random = random == null ? () -> ThreadLocalRandom.current().nextDouble() : random;
        this.keeper = new LeaseKeeper("outbox-lease-keeper", leaseMillis);
    }

    public OutboxDelivery(OutboxStore outbox, List<ChannelSender> senders, OutboundCodec codec, RetryPolicy retry,
                          Clock clock, String owner, long leaseMillis, DeliveryListener listener) {
        this(outbox, senders, codec, retry, clock, owner, leaseMillis, listener, null);
    }

    /**
     * Sends up to parallelism recipients' messages of one channel at a time (default 1: one row after the other).
     * A recipient's messages always go out one after the other in queue order; the senders' per-member and per-app
     * rate limits are shared by all threads, so more parallelism never sends faster than the platform allows.
     * Rows sent meanwhile are marked sent together, by the pump's thread, in one statement per batch.
     */
    public OutboxDelivery parallelism(int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        synchronized (this) {
            this.parallelism = parallelism;
            if (parallelism > 1 && pool == null) {
                pool = Executors.newCachedThreadPool(r -> {
                    Thread t = new Thread(r, "outbox-send-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
        }
        return this;
    }

    /**
     * How long a row sent by a parallel pass waits for others to be marked sent with it (default 50 ms; the pass's
     * last rows never wait). Longer means fewer statements and a longer window in which a crash resends a row.
     */
    public OutboxDelivery markLinger(Duration linger) {
        if (linger.isNegative()) {
            throw new IllegalArgumentException("mark linger must not be negative, was " + linger);
        }
        this.markLingerNanos = linger.toNanos();
        return this;
    }

    /** The current {@link #markLinger(Duration) linger}. */
    public Duration markLinger() {
        return Duration.ofNanos(markLingerNanos);
    }

    /** Delivers up to max due rows; returns how many were sent. */
    public int deliverDue(int max) {
        List<OutboxEntry> claimed = outbox.claimDue(owner, max, clock.millis(), leaseMillis);
        if (claimed.isEmpty()) {
            return 0;
        }
        if (parallelism == 1 || claimed.size() == 1) {
            int sent = 0;
            for (OutboxEntry entry : claimed) {
                sent += deliverAlone(entry) ? 1 : 0;
            }
            return sent;
        }
        return deliverInParallel(claimed);
    }

    private boolean deliverAlone(OutboxEntry entry) {
        if (!outbox.renew(entry.id(), entry.leaseToken(), clock.millis() + leaseMillis)) {
            return false; // its lease ran out before its turn and another instance has it now
        }
        try (LeaseKeeper.Held held = keeper.hold("outbox " + entry.id(),
                () -> outbox.renew(entry.id(), entry.leaseToken(), clock.millis() + leaseMillis))) {
            if (deliver(entry, null)) {
                markSent(List.of(entry));
                return true;
            }
            return false;
        }
    }

    /**
     * One lane per (channel, recipient) in claim order; each channel's lanes are worked by at most parallelism
     * threads. Every claimed row's lease is renewed (one statement) until the row is finished; sends that succeeded
     * are collected and marked sent in batches while the others are still going out.
     */
    private int deliverInParallel(List<OutboxEntry> claimed) {
        Set<Long> inHand = ConcurrentHashMap.newKeySet();
        claimed.forEach(e -> inHand.add(e.id()));
        String token = claimed.get(0).leaseToken();
        Map<String, Map<String, List<OutboxEntry>>> lanes = new LinkedHashMap<>();
        for (OutboxEntry e : claimed) {
            lanes.computeIfAbsent(e.channel(), c -> new LinkedHashMap<>())
                    .computeIfAbsent(e.recipient(), r -> new ArrayList<>()).add(e);
        }
        BlockingQueue<OutboxEntry> sent = new LinkedBlockingQueue<>();
        // once a mark fails (database gone) no further row is sent in this pass: every send that cannot be marked
        // is one the platform's duplicate check has to absorb when the row goes again
        AtomicBoolean halt = new AtomicBoolean();
        List<Future<?>> workers = new ArrayList<>();
        int marked = 0;
        try (LeaseKeeper.Held held = keeper.hold("outbox batch of " + claimed.size(),
                () -> inHand.isEmpty() || outbox.renewAll(List.copyOf(inHand), token,
                        clock.millis() + leaseMillis) > 0)) {
            AtomicInteger running = new AtomicInteger();
            for (Map<String, List<OutboxEntry>> channelLanes : lanes.values()) {
                running.addAndGet(Math.min(parallelism, channelLanes.size()));
            }
            for (Map<String, List<OutboxEntry>> channelLanes : lanes.values()) {
                Queue<List<OutboxEntry>> queue = new ConcurrentLinkedQueue<>(channelLanes.values());
                int threads = Math.min(parallelism, channelLanes.size());
                for (int i = 0; i < threads; i++) {
                    workers.add(pool.submit(() -> {
                        try {
                            sendLanes(queue, sent, inHand, halt);
                        } finally {
                            if (running.decrementAndGet() == 0) {
                                sent.add(NO_MORE); // after every worker's last row: the marker ends the pass
                            }
                        }
                        return null;
                    }));
                }
            }
            marked = markAsTheyGo(sent, workers, inHand, halt);
            for (Future<?> worker : workers) {
                worker.get(); // surfaces a worker's unexpected error
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.forEach(w -> w.cancel(true));
        } catch (ExecutionException e) {
            LOG.severe(() -> "outbox send worker failed: " + e.getCause());
        }
        return marked;
    }

    private void sendLanes(Queue<List<OutboxEntry>> queue, Queue<OutboxEntry> sent, Set<Long> inHand,
                           AtomicBoolean halt) {
        for (List<OutboxEntry> lane; (lane = queue.poll()) != null; ) {
            for (OutboxEntry entry : lane) {
                if (halt.get()) {
                    return; // left leased: taken again once the lease runs out
                }
                try {
                    if (!deliver(entry, sent)) {
                        inHand.remove(entry.id());
                    }
                } catch (RuntimeException e) {
                    halt.set(true); // recording a retry or failure failed: the store is gone
                    throw e;
                }
            }
        }
    }

    /**
     * Marks the rows the workers report sent, several to a statement: a batch is marked once it holds
     * {@link #MARK_BATCH} rows, once {@link #markLinger the linger} passed since its first row was sent, or once every
     * worker is done; so a pass of n rows costs a few statements rather than one per row, and a sent row stays
     * unmarked for at most the linger (a crash in that window resends it with the same dedupe key, as before).
     */
    private int markAsTheyGo(BlockingQueue<OutboxEntry> sent, List<Future<?>> workers, Set<Long> inHand,
                             AtomicBoolean halt) throws InterruptedException {
        int marked = 0;
        List<OutboxEntry> batch = new ArrayList<>();
        long lingerUntil = 0;
        boolean workersDone = false;
        while (!workersDone || !batch.isEmpty() || !sent.isEmpty()) {
            long wait = batch.isEmpty() ? TimeUnit.MILLISECONDS.toNanos(20) : lingerUntil - System.nanoTime();
            OutboxEntry next = wait > 0 && !workersDone ? sent.poll(wait, TimeUnit.NANOSECONDS) : sent.poll();
            if (next == NO_MORE) {
                workersDone = true;
            } else if (next != null) {
                if (batch.isEmpty()) {
                    lingerUntil = System.nanoTime() + markLingerNanos;
                }
                batch.add(next);
            } else if (allDone(workers)) {
                workersDone = true; // a worker that never ran (pool shut down) sends no marker
            }
            if (!batch.isEmpty() && (workersDone || batch.size() >= MARK_BATCH
                    || System.nanoTime() - lingerUntil >= 0)) {
                marked += markOrHalt(batch, halt);
                batch.forEach(e -> inHand.remove(e.id()));
                batch = new ArrayList<>();
            }
        }
        return marked;
    }

    /** Marks a batch sent; when the store is gone, stops the pass (the rows go again after their leases). */
    private int markOrHalt(List<OutboxEntry> batch, AtomicBoolean halt) {
        try {
            return markSent(batch);
        } catch (RuntimeException e) {
            halt.set(true);
            // the database went away after the sends: the leases run out and the rows go again with the
            // same dedupe keys and the platform's duplicate check, as after a crash between send and mark
            LOG.warning(() -> "outbox: " + batch.size() + " rows sent but not marked ("
                    + e.getClass().getSimpleName() + ")");
            batch.forEach(row -> listener.unmarked(row.channel()));
            return 0;
        }
    }

    private static boolean allDone(List<Future<?>> workers) {
        for (Future<?> w : workers) {
            if (!w.isDone()) {
                return false;
            }
        }
        return true;
    }

    /** Marks rows sent (one statement); returns how many were sent, whoever holds their leases now. */
    private int markSent(List<OutboxEntry> rows) {
        List<Long> ids = rows.stream().map(OutboxEntry::id).toList();
        int changed = rows.size() == 1
                ? (outbox.markSent(ids.get(0), rows.get(0).leaseToken(), clock.millis()) ? 1 : 0)
                : outbox.markAllSent(ids, rows.get(0).leaseToken(), clock.millis());
        if (changed < rows.size()) {
            LOG.warning(() -> "outbox " + ids + ": " + (rows.size() - changed)
                    + " sent after their lease was taken over");
        }
        rows.forEach(e -> listener.sent(e.channel()));
        return rows.size();
    }

    /** Sends one row; on success queues it on sent for marking (or returns true at once when sent is null). */
    private boolean deliver(OutboxEntry entry, Queue<OutboxEntry> sent) {
        ChannelSender sender = senders.get(entry.channel());
        if (sender == null) {
            fail(entry, "channel " + entry.channel() + " is not configured");
            return false;
        }
        SendResult result;
        try {
            Outgoing outbound = codec.decode(entry.payload());
            result = outbound.isCardUpdate()
                    ? sender.updateCard(entry.recipient(), outbound.promptId(), outbound.responseCode(),
                    (Card) outbound.message(), progress(entry))
                    : sender.send(entry.recipient(), outbound.message(), progress(entry));
        } catch (IllegalArgumentException e) {
            result = new SendResult.Permanent("unreadable payload: " + e.getMessage());
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            result = Failures.isUnavailable(e) ? SendResult.Retry.unavailable(Duration.ZERO, error)
                    : new SendResult.Retry(Duration.ZERO, error);
        }
        if (result instanceof SendResult.Sent) {
            if (sent != null) {
                sent.add(entry);
            }
            return true;
        }
        if (result instanceof SendResult.Retry r) {
            retryOrFail(entry, r);
            return false;
        }
        fail(entry, ((SendResult.Permanent) result).error());
        return false;
    }

    private void retryOrFail(OutboxEntry entry, SendResult.Retry r) {
        long now = clock.millis();
        if (r.unavailable()) {
            long waited = now - entry.createdAt();
            if (retry.givenUp(waited)) {
                fail(entry, "unavailable for " + Duration.ofMillis(waited) + ": " + r.error());
                return;
            }
            Duration delay = RetryPolicy.withJitter(retry.delayWhileUnavailable(waited, r.after()),
                    random.getAsDouble());
            outbox.reschedule(entry.id(), entry.leaseToken(), now + delay.toMillis(), r.error(), false);
            listener.unavailable(entry.channel());
            return;
        }
        int attempts = entry.attempts() + 1;
        if (retry.exhausted(attempts)) {
            fail(entry, "gave up after " + attempts + " attempts: " + r.error());
            return;
        }
        Duration delay = RetryPolicy.withJitter(retry.delayAfter(attempts, r.after()), random.getAsDouble());
        outbox.reschedule(entry.id(), entry.leaseToken(), now + delay.toMillis(), r.error(), true);
        listener.retried(entry.channel());
    }

    private SendProgress progress(OutboxEntry entry) {
        return new SendProgress() {
            @Override
            public String key() {
                return "outbox-" + entry.id();
            }

            @Override
            public int partsDone() {
                return entry.partsDone();
            }

            @Override
            public boolean partSent(int partsDone) {
                return outbox.markPartsDone(entry.id(), entry.leaseToken(), partsDone);
            }
        };
    }

    private void fail(OutboxEntry entry, String error) {
        outbox.markFailed(entry.id(), entry.leaseToken(), error);
        listener.failed(entry.channel());
        LOG.severe(() -> "outbox " + entry.id() + " to " + entry.channel() + ":" + entry.recipient()
                + " failed permanently: " + error);
    }

    @Override
    public void close() {
        keeper.close();
        synchronized (this) {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Observes outcomes (metrics). */
    public interface DeliveryListener {
        DeliveryListener NONE = new DeliveryListener() {
        };

        default void sent(String channel) {
        }

        default void retried(String channel) {
        }

        /** The platform was unavailable (rate limit, outage): rescheduled without spending an attempt. */
        default void unavailable(String channel) {
        }

        default void failed(String channel) {
        }

        /**
         * A row was sent but could not be marked sent (the store went away); told after the pass has stopped sending,
         * so the row goes again once its lease runs out, with the same dedupe key.
         */
        default void unmarked(String channel) {
        }
    }
}
