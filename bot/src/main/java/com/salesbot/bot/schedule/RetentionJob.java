package com.salesbot.bot.schedule;

import com.salesbot.core.messaging.Retention;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges DONE inbox/outbox rows older than {@code salesbot.retention.period} (default 30 days) in batches of
 * {@code salesbot.retention.batch} (default 500), hourly, on one instance at a time (ShedLock).
 */
@Singleton
public class RetentionJob {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;

    public RetentionJob(InboxStore inbox, OutboxStore outbox, Clock clock,
                        @Value("${salesbot.retention.period:30d}") Duration period,
                        @Value("${salesbot.retention.batch:500}") int batch) {
        this.retention = new Retention(inbox, outbox, clock, period, batch, 20);
    }

    @Scheduled(fixedDelay = "${salesbot.retention.interval:1h}", initialDelay = "${salesbot.retention.initial-delay:5m}")
    @SchedulerLock(name = "salesbot-retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        LockAssert.assertLocked();
        try {
            Retention.Purged purged = retention.purge();
            if (purged.inbox() + purged.outbox() > 0) {
                LOG.info("retention: purged {} inbox and {} outbox rows", purged.inbox(), purged.outbox());
            }
        } catch (RuntimeException e) {
            LOG.warn("retention pass failed ({}); the next pass retries", e.getClass().getSimpleName());
        }
    }
}
