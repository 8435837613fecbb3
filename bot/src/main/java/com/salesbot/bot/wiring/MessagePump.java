package com.salesbot.bot.wiring;

import com.salesbot.core.messaging.InboxProcessor;
import com.salesbot.core.messaging.OutboxDelivery;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves messages: inbox → engine → outbox → channel. Runs on a short fixed delay, and at once when nudged by a
 * callback, so a reply does not wait for the next tick. Leases make it safe on several instances.
 * <p>
 * Processing the inbox and delivering the outbox are two lanes that run at the same time: replies of one inbox
 * batch go out while the next batch is being processed (the lane that processed something nudges the other).
 * Each lane runs at most once at a time and goes round again while work keeps arriving.
 * <p>
 * On shutdown no new pass starts and a pass already running may finish (up to {@code salesbot.pump.stop-wait}), so
 * a reply handed to the platform is marked sent while the database is still open instead of failing half-way.
 */
@Singleton
public class MessagePump {
    private static final Logger LOG = LoggerFactory.getLogger(MessagePump.class);

    private final Lane inboxLane;
    private final Lane outboxLane;
    private final Duration stopWait;

    @Inject
    public MessagePump(InboxProcessor inbox, OutboxDelivery outbox,
                       @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                       @Value("${salesbot.pump.batch:50}") int batch,
                       @Value("${salesbot.pump.stop-wait:10s}") Duration stopWait) {
        this(() -> inbox.processPending(batch), () -> outbox.deliverDue(batch), executor, batch, stopWait);
    }

    MessagePump(IntSupplier inboxPass, IntSupplier outboxPass, Executor executor, int batch, Duration stopWait) {
        this.outboxLane = new Lane("outbox", outboxPass, batch, executor, () -> { });
        this.inboxLane = new Lane("inbox", inboxPass, batch, executor, outboxLane::nudge);
        this.stopWait = stopWait;
    }

    /**
     * Lets a running pass finish (bounded by the stop wait) and starts no new one; rows a pass leaves unfinished
     * stay leased and are taken up again after their lease, by this instance's next start or by another instance.
     */
    @PreDestroy
    void stop() {
        inboxLane.stopped = true;
        outboxLane.stopped = true;
        long deadline = System.nanoTime() + stopWait.toNanos();
        boolean idle = inboxLane.awaitIdle(deadline) & outboxLane.awaitIdle(deadline);
        if (!idle) {
            LOG.warn("message pump stopped with a pass still running after {}; its rows are taken up after their lease",
                    stopWait);
        }
    }

    /**
     * Asks for a run now (after a callback was recorded); cheap and safe to call often: while a pass is running it
     * only asks that pass to go round once more, so a burst of callbacks costs no task per callback.
     */
    public void nudge() {
        inboxLane.nudge();
    }

    @Scheduled(fixedDelay = "${salesbot.pump.interval:500ms}", initialDelay = "1s")
    void tick() {
        pump();
    }

    /** One pass of each lane on the calling thread (a lane already running elsewhere just goes round again). */
    public void pump() {
        inboxLane.run();
        outboxLane.run();
    }

    /** A loop that runs at most once at a time and repeats while asked to or while its batches come back full. */
    private static final class Lane {
        private final String name;
        private final IntSupplier pass;
        private final int batch;
        private final Executor executor;
        private final Runnable afterWork;
        private final AtomicBoolean running = new AtomicBoolean();
        private final AtomicBoolean again = new AtomicBoolean();
        private final Object idle = new Object();
        private volatile boolean stopped;

        Lane(String name, IntSupplier pass, int batch, Executor executor, Runnable afterWork) {
            this.name = name;
            this.pass = pass;
            this.batch = batch;
            this.executor = executor;
            this.afterWork = afterWork;
        }

        void nudge() {
            if (stopped) {
                return;
            }
            again.set(true);
            if (!running.get()) {
                executor.execute(this::run);
            }
        }

        void run() {
            again.set(true);
            // re-checked after releasing: a nudge that saw this lane running must not wait for the next tick
            while (!stopped && again.get() && running.compareAndSet(false, true)) {
                try {
                    do {
                        again.set(false);
                        int done = pass.getAsInt();
                        if (done > 0) {
                            afterWork.run();
                        }
                        if (done == batch) {
                            again.set(true);
                        }
                    } while (again.get() && !stopped);
                } catch (RuntimeException e) {
                    LOG.error("message pump {} pass failed; will retry on the next tick", name, e);
                    again.set(false);
                    return;
                } finally {
                    running.set(false);
                    synchronized (idle) {
                        idle.notifyAll();
                    }
                }
            }
        }

        /** @return true when no pass is running (now or before the deadline, a {@link System#nanoTime()} value) */
        boolean awaitIdle(long deadline) {
            synchronized (idle) {
                long left;
                while (running.get() && (left = deadline - System.nanoTime()) > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(idle, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return !running.get();
                    }
                }
                return !running.get();
            }
        }
    }
}
