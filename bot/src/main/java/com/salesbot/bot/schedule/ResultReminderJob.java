package com.salesbot.bot.schedule;

import com.salesbot.core.usecase.RemindUntaggedTouches;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * R2: runs {@link RemindUntaggedTouches} every interval, one instance at a time.
 */
@Singleton
public class ResultReminderJob {
    private static final Logger LOG = LoggerFactory.getLogger(ResultReminderJob.class);

    private final RemindUntaggedTouches reminders;
    private final Clock clock;

    public ResultReminderJob(RemindUntaggedTouches reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "${salesbot.reminders.interval:1m}", initialDelay = "${salesbot.push.initial-delay:20s}")
    @SchedulerLock(name = "salesbot-result-reminders", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public void run() {
        LockAssert.assertLocked();
        try {
            int n = reminders.remind(new RemindUntaggedTouches.Command(clock.millis()));
            if (n > 0) {
                LOG.info("result-tag reminders: {} queued", n);
            }
        } catch (RuntimeException e) {
            LOG.error("result-tag reminder pass failed; the next pass retries", e);
        }
    }
}
