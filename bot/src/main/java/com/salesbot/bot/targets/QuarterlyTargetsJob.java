package com.salesbot.bot.targets;

import com.salesbot.bot.wiring.MessagePump;
import com.salesbot.core.feature.targets.QuarterlyTargetsPushes;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quarterly targets pushes (R15 gap warnings for the quarter that just closed, the R13 customer-voice reminder):
 * checks hourly, on one instance at a time (ShedLock), whether they are due (first business day of the new quarter,
 * caught up later in its first month). What is due and the once-per-quarter-and-recipient guarantee are decided in
 * core ({@link QuarterlyTargetsPushes}). Property {@code salesbot.targets.quarterly-interval} (1h); the first check
 * waits {@code salesbot.push.initial-delay}.
 */
@Singleton
public class QuarterlyTargetsJob {
    static final String LOCK = "salesbot-quarterly-targets";
    private static final Logger LOG = LoggerFactory.getLogger(QuarterlyTargetsJob.class);

    private final QuarterlyTargetsPushes schedule;
    private final Clock clock;
    private final MessagePump pump;

    public QuarterlyTargetsJob(QuarterlyTargetsPushes schedule, Clock clock, MessagePump pump) {
        this.schedule = schedule;
        this.clock = clock;
        this.pump = pump;
    }

    @Scheduled(fixedDelay = "${salesbot.targets.quarterly-interval:1h}", initialDelay = "${salesbot.push.initial-delay:20s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        LockAssert.assertLocked();
        try {
            int n = schedule.tick(clock.millis());
            if (n > 0) {
                LOG.info("quarterly targets pushes: {} cards handed to the outbox", n);
                pump.nudge();
            }
        } catch (RuntimeException e) {
            LOG.error("quarterly targets run failed; the next check retries", e);
        }
    }
}
