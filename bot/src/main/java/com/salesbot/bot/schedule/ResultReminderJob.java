package com.salesbot.bot.schedule;

import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.OutboxReplies;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.messaging.OutboxStore;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R2: reminds reps of touches still without a result tag (after the configured delay, at most the configured
 * number of times; the engine keeps count). One instance at a time.
 */
@Singleton
public class ResultReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ResultReminderJob.class);

    private final ConversationEngine engine;
    private final OutboxStore outbox;
    private final OutboundCodec codec;
    private final Clock clock;

    public ResultReminderJob(ConversationEngine engine, OutboxStore outbox, OutboundCodec codec, Clock clock) {
        this.engine = engine;
        this.outbox = outbox;
        this.codec = codec;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${salesbot.reminders.interval:1m}", initialDelay = "${salesbot.push.initial-delay:20s}")
    @SchedulerLock(name = "salesbot-result-reminders", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public void run() {
        LockAssert.assertLocked();
        try {
            int n = remind(clock.millis());
            if (n > 0) {
                LOG.info("result-tag reminders: {} queued", n);
            }
        } catch (RuntimeException e) {
            LOG.error("result-tag reminder pass failed; the next pass retries", e);
        }
    }

    int remind(long now) {
        List<Reply> replies = engine.remindUntagged(now);
        for (Reply r : replies) {
            new OutboxReplies(outbox, codec).enqueue(r, null, now);
        }
        return replies.size();
    }
}
