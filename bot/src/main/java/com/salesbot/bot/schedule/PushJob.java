package com.salesbot.bot.schedule;

import com.salesbot.core.push.PushSchedule;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks the push schedule every minute on one instance at a time (ShedLock; an instance that does not get the
 * lock skips the tick). What is due, catch-up after a restart and idempotency are decided in core.
 */
@Singleton
public class PushJob {
    static final String LOCK = "salesbot-pushes";
    private static final Logger LOG = LoggerFactory.getLogger(PushJob.class);

    private final PushSchedule schedule;
    private final Clock clock;
    private final AtomicLong ticks = new AtomicLong();

    public PushJob(PushSchedule schedule, Clock clock) {
        this.schedule = schedule;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${salesbot.push.interval:1m}", initialDelay = "${salesbot.push.initial-delay:20s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT20S")
    public void run() {
        LockAssert.assertLocked();
        ticks.incrementAndGet();
        try {
            int n = schedule.tick(clock.millis());
            if (n > 0) {
                LOG.info("scheduled pushes: {} handed to the outbox", n);
            }
        } catch (RuntimeException e) {
            LOG.error("scheduled push tick failed; the next tick catches up", e);
        }
    }

    /** Ticks this instance actually ran (not skipped for the lock). */
    public long ticks() {
        return ticks.get();
    }
}
