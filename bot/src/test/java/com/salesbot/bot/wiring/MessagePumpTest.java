package com.salesbot.bot.wiring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

class MessagePumpTest {

    /** A pass that counts its runs and, while armed, waits inside until released. */
    private static final class HeldPass implements IntSupplier {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public int getAsInt() {
            runs.incrementAndGet();
            entered.countDown();
            try {
                assertTrue(release.await(30, TimeUnit.SECONDS), "pass never released");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 1;
        }
    }

    private static void awaitParkedOrDone(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (t.getState() != Thread.State.WAITING && t.getState() != Thread.State.TIMED_WAITING
                && t.getState() != Thread.State.TERMINATED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    @Test
    void stopWaitsForTheRunningPassThenStartsNoOther() throws Exception {
        HeldPass inbox = new HeldPass();
        AtomicInteger outboxRuns = new AtomicInteger();
        MessagePump pump = new MessagePump(inbox, () -> { outboxRuns.incrementAndGet(); return 0; }, Runnable::run,
                50, Duration.ofSeconds(30));
        Thread passThread = new Thread(pump::pump, "pass");
        passThread.start();
        assertTrue(inbox.entered.await(10, TimeUnit.SECONDS));

        Thread stopper = new Thread(pump::stop, "stopper");
        stopper.start();
        awaitParkedOrDone(stopper);
        assertTrue(stopper.isAlive(), "stop returned while a pass was still running");

        inbox.release.countDown();
        stopper.join(10_000);
        passThread.join(10_000);
        assertFalse(stopper.isAlive());
        assertEquals(1, inbox.runs.get());
        // the pass that finished during the stop did not hand over to the outbox lane, and nothing runs any more
        assertEquals(0, outboxRuns.get());
        pump.nudge();
        pump.pump();
        assertEquals(1, inbox.runs.get());
        assertEquals(0, outboxRuns.get());
    }

    @Test
    void beforeStopBothLanesRunAndAWorkingInboxPassNudgesTheOutbox() {
        AtomicInteger inboxRuns = new AtomicInteger();
        AtomicInteger outboxRuns = new AtomicInteger();
        MessagePump pump = new MessagePump(() -> inboxRuns.incrementAndGet() == 1 ? 3 : 0,
                () -> { outboxRuns.incrementAndGet(); return 0; }, Runnable::run, 50, Duration.ofSeconds(1));
        pump.pump();
        assertEquals(1, inboxRuns.get());
        // once nudged by the inbox pass that found work, once by pump() itself
        assertEquals(2, outboxRuns.get());
    }

    @Test
    void stopGivesUpOnAPassThatOutlastsTheWait() throws Exception {
        HeldPass outbox = new HeldPass();
        MessagePump pump = new MessagePump(() -> 0, outbox, Runnable::run, 50, Duration.ofMillis(50));
        Thread passThread = new Thread(pump::pump, "pass");
        passThread.start();
        assertTrue(outbox.entered.await(10, TimeUnit.SECONDS));
        Thread stopper = new Thread(pump::stop, "stopper");
        stopper.start();
        stopper.join(10_000);
        assertFalse(stopper.isAlive(), "stop waited past its bound");
        assertTrue(passThread.isAlive());
        outbox.release.countDown();
        passThread.join(10_000);
    }
}
