package com.salesbot.bot.targets;

import com.salesbot.bot.wiring.MessagePump;
import com.salesbot.core.feature.targets.GapPlanSchedule;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The quarterly R15 gap warnings: checks hourly, on one instance at a time (ShedLock), whether the run for the
 * quarter that just closed is due (first business day of the new quarter, caught up later in its first month).
 * What is due and the once-per-quarter-and-recipient guarantee are decided in core ({@link GapPlanSchedule}).
 * Property {@code salesbot.targets.gap-interval} (1h); the first check waits {@code salesbot.push.initial-delay}.
 */
@Singleton
public class GapPlanJob {
    static final String LOCK = "salesbot-gap-plans";
    private static final Logger LOG = LoggerFactory.getLogger(GapPlanJob.class);

    private final GapPlanSchedule schedule;
    private final Clock clock;
    private final MessagePump pump;

    public GapPlanJob(GapPlanSchedule schedule, Clock clock, MessagePump pump) {
        this.schedule = schedule;
        this.clock = clock;
        this.pump = pump;
    }

    @Scheduled(fixedDelay = "${salesbot.targets.gap-interval:1h}", initialDelay = "${salesbot.push.initial-delay:20s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        LockAssert.assertLocked();
        try {
            int n = schedule.tick(clock.millis());
            if (n > 0) {
                LOG.info("quarterly gap plans: {} cards handed to the outbox", n);
                pump.nudge();
            }
        } catch (RuntimeException e) {
            LOG.error("quarterly gap-plan run failed; the next check retries", e);
        }
    }
}
