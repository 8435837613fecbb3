package com.salesbot.bot.wiring;

import com.salesbot.core.messaging.InboxProcessor;
import com.salesbot.core.messaging.OutboxDelivery;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves messages: inbox → engine → outbox → channel. Runs on a short fixed delay, and at once when nudged by a
 * callback, so a reply does not wait for the next tick. Leases make it safe on several instances.
 */
@Singleton
public class MessagePump {
    private static final Logger LOG = LoggerFactory.getLogger(MessagePump.class);

    private final InboxProcessor inbox;
    private final OutboxDelivery outbox;
    private final ExecutorService executor;
    private final int batch;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();

    public MessagePump(InboxProcessor inbox, OutboxDelivery outbox,
                       @Named(TaskExecutors.BLOCKING) ExecutorService executor,
                       @Value("${salesbot.pump.batch:50}") int batch) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.executor = executor;
        this.batch = batch;
    }

    /**
     * Asks for a run now (after a callback was recorded); cheap and safe to call often: while a pass is running it
     * only asks that pass to go round once more, so a burst of callbacks costs no task per callback.
     */
    public void nudge() {
        again.set(true);
        if (!running.get()) {
            executor.execute(this::pump);
        }
    }

    @Scheduled(fixedDelay = "${salesbot.pump.interval:500ms}", initialDelay = "1s")
    void tick() {
        pump();
    }

    /** One pass: process the inbox, then deliver due outbox rows; repeats while work keeps arriving. */
    public void pump() {
        again.set(true);
        // re-checked after releasing: a nudge that saw this pass running must not wait for the next tick
        while (again.get() && running.compareAndSet(false, true)) {
            try {
                do {
                    again.set(false);
                    int processed = inbox.processPending(batch);
                    int sent = outbox.deliverDue(batch);
                    if (processed == batch || sent == batch) {
                        again.set(true);
                    }
                } while (again.get());
            } catch (RuntimeException e) {
                LOG.error("message pump pass failed; will retry on the next tick", e);
                again.set(false);
                return;
            } finally {
                running.set(false);
            }
        }
    }
}
