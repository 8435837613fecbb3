package com.salesbot.bot.deal;

import com.salesbot.core.bonus.IncentiveMonthly;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ticks the monthly R11/R21 run on one instance at a time (ShedLock). Settling the previous month and the monthly
 * pushes happen from the first business day on; the bonus ledger's unique key and the pushes' dedupe keys make a
 * repeated or concurrent run harmless.
 */
@Singleton
public class IncentiveJob {
    private static final Logger LOG = LoggerFactory.getLogger(IncentiveJob.class);
    private final IncentiveMonthly monthly;
    private final Clock clock;

    public IncentiveJob(IncentiveMonthly monthly, Clock clock) {
        this.monthly = monthly;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${salesbot.incentives.interval:10m}",
            initialDelay = "${salesbot.incentives.initial-delay:60s}")
    @SchedulerLock(name = "salesbot-incentives", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    public void run() {
        LockAssert.assertLocked();
        try {
            int n = monthly.tick(clock.millis());
            if (n > 0) {
                LOG.info("monthly incentives: previous month settled, {} pushes handed to the outbox", n);
            }
        } catch (RuntimeException e) {
            LOG.error("monthly incentive run failed; the next tick retries", e);
        }
    }
}
