package com.salesbot.bot.archive;

import com.salesbot.core.archive.ArchiveException;
import com.salesbot.core.archive.ArchivePull;
import com.salesbot.core.archive.PullReport;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the conversation archive into tagging every wecom.msgaudit.interval (default 1 minute), on one instance
 * at a time (ShedLock). A failed pull keeps the cursor; the next tick retries from the same seq.
 */
@Singleton
@Requires(property = ArchiveLibraryUsable.LIB_PATH)
@Requires(condition = ArchiveLibraryUsable.class)
public class ArchivePullJob {
    static final String LOCK = "salesbot-msgaudit";
    private static final Logger LOG = LoggerFactory.getLogger(ArchivePullJob.class);

    private final ArchivePull pull;
    private final int maxBatches;
    private final AtomicLong ticks = new AtomicLong();

    public ArchivePullJob(ArchivePull pull, @Value("${wecom.msgaudit.max-batches-per-tick:10}") int maxBatches) {
        this.pull = pull;
        this.maxBatches = Math.max(1, maxBatches);
    }

    @Scheduled(fixedDelay = "${wecom.msgaudit.interval:1m}", initialDelay = "${wecom.msgaudit.initial-delay:30s}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT10M", lockAtLeastFor = "PT5S")
    public void run() {
        LockAssert.assertLocked();
        runUnlocked();
    }

    /** One tick without the lock check, for tests and callers that hold the lock. */
    PullReport runUnlocked() {
        ticks.incrementAndGet();
        try {
            PullReport r = pull.pullUntilCaughtUp(maxBatches);
            if (r.fetched() > 0) {
                LOG.info("WeCom archive: seq {} -> {}, {} record(s): {} tagged, {} already known, {} invalid, "
                        + "{} skipped {}", r.fromSeq(), r.toSeq(), r.fetched(), r.stored(), r.duplicates(),
                        r.invalid(), r.skippedTotal(), r.skipped());
            }
            return r;
        } catch (ArchiveException e) {
            LOG.warn("WeCom archive pull failed, retried next tick from the same seq: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("WeCom archive pull failed, retried next tick from the same seq", e);
        }
        return null;
    }

    public long ticks() {
        return ticks.get();
    }
}
