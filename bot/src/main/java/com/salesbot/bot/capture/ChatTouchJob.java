package com.salesbot.bot.capture;

import com.salesbot.bot.wiring.MessagePump;
import com.salesbot.core.capture.ChatTouchCloser;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R23: turns conversations that have been idle for the configured gap into CHAT touches and queues their R2
 * prompts. One instance at a time; a failed pass is retried by the next one (closing is idempotent).
 */
@Singleton
public class ChatTouchJob {
    private static final Logger LOG = LoggerFactory.getLogger(ChatTouchJob.class);

    private final ChatTouchCloser closer;
    private final MessagePump pump;

    public ChatTouchJob(ChatTouchCloser closer, MessagePump pump) {
        this.closer = closer;
        this.pump = pump;
    }

    @Scheduled(fixedDelay = "${salesbot.chat-touches.interval:1m}",
            initialDelay = "${salesbot.push.initial-delay:20s}")
    @SchedulerLock(name = "salesbot-chat-touches", lockAtMostFor = "PT10M", lockAtLeastFor = "PT10S")
    public void run() {
        LockAssert.assertLocked();
        try {
            close();
        } catch (RuntimeException e) {
            LOG.error("closing idle conversations failed; the next pass retries", e);
        }
    }

    /** One pass; returns what it did. */
    public ChatTouchCloser.Report close() {
        ChatTouchCloser.Report report = closer.closeIdle();
        if (report.closed() > 0) {
            LOG.info("idle conversations closed: {}, chat touches: {}, prompts: {}", report.closed(),
                    report.touches(), report.prompted());
        }
        if (report.prompted() > 0) {
            pump.nudge();
        }
        return report;
    }
}
