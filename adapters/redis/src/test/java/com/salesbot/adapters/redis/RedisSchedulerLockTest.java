package com.salesbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** ShedLock over Lettuce against the real Redis: one runner per job name, lockAtLeastFor/AtMostFor honoured. */
class RedisSchedulerLockTest {
    private static final Duration SHORT = Duration.ofMillis(500);
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration AWAIT = Duration.ofSeconds(10);
    private static final Duration LONG = Duration.ofSeconds(60);

    private static LocalRedis redis;
    private static LockProvider provider;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
        provider = new RedisSchedulerLockFactory().schedulerLockProvider(redis.connection(), redis.keyspace());
    }

    @AfterAll
    static void cleanUp() {
        redis.close();
    }

    private static Optional<SimpleLock> lock(String job, Duration atMost, Duration atLeast) {
        return provider.lock(new LockConfiguration(Instant.now(), job, atMost, atLeast));
    }

    private static long ttlMillis(String job) {
        return redis.commands().pttl(redis.keyspace().prefix() + "shedlock:default:" + job);
    }

    /** Retries until Redis has expired the key; the deadline is generous because the machine is shared. */
    private static SimpleLock awaitLockable(String job) {
        long deadline = System.nanoTime() + SHORT.plus(AWAIT).toNanos();
        while (true) {
            Optional<SimpleLock> lock = lock(job, LONG, Duration.ZERO);
            if (lock.isPresent()) {
                return lock.get();
            }
            assertThat(System.nanoTime()).as("the lock of " + job + " never expired").isLessThan(deadline);
            LocalRedis.sleep(POLL);
        }
    }

    private static String job() {
        return "daily-digest-" + UUID.randomUUID();
    }

    @Test
    void secondInstanceSkipsAJobThatIsRunningAndRunsItAfterUnlock() {
        String job = job();
        SimpleLock first = lock(job, LONG, Duration.ZERO).orElseThrow();

        assertThat(lock(job, LONG, Duration.ZERO)).isEmpty();
        assertThat(lock(job(), LONG, Duration.ZERO)).isPresent();

        first.unlock();
        assertThat(lock(job, LONG, Duration.ZERO)).isPresent();
    }

    @Test
    void lockIsStoredUnderTheConfiguredPrefixWithItsLockAtMostFor() {
        String job = job();
        lock(job, LONG, Duration.ZERO).orElseThrow();

        String key = redis.keyspace().prefix() + "shedlock:default:" + job;
        assertThat(redis.commands().get(key)).startsWith("ADDED:");
        assertThat(redis.commands().pttl(key)).isBetween(LONG.minusSeconds(1).toMillis(), LONG.toMillis());
    }

    @Test
    void earlyUnlockKeepsTheLockUntilLockAtLeastFor() {
        String job = job();
        lock(job, LONG, SHORT).orElseThrow().unlock();

        assertThat(lock(job, LONG, Duration.ZERO)).isEmpty();
        assertThat(ttlMillis(job)).as("unlock shortened the key to what is left of lockAtLeastFor")
                .isPositive().isLessThanOrEqualTo(SHORT.toMillis());
        awaitLockable(job);
    }

    @Test
    void lockThatIsNeverReleasedExpiresAfterLockAtMostFor() {
        String job = job();
        lock(job, SHORT, Duration.ZERO).orElseThrow();

        assertThat(lock(job, LONG, Duration.ZERO)).isEmpty();
        assertThat(ttlMillis(job)).as("the key expires with lockAtMostFor").isPositive()
                .isLessThanOrEqualTo(SHORT.toMillis());
        awaitLockable(job);
    }

    @Test
    void instanceWhoseLockExpiredCannotUnlockTheNextRunner() {
        String job = job();
        SimpleLock stale = lock(job, SHORT, Duration.ZERO).orElseThrow();
        SimpleLock current = awaitLockable(job);

        stale.unlock();

        assertThat(lock(job, LONG, Duration.ZERO)).isEmpty();
        current.unlock();
    }

    @Test
    void extendingALongRunningJobKeepsOthersOut() {
        String job = job();
        SimpleLock running = lock(job, SHORT, Duration.ZERO).orElseThrow();

        Optional<SimpleLock> extended = running.extend(LONG, Duration.ZERO);

        assertThat(extended).isPresent();
        assertThat(ttlMillis(job)).as("the key now lives for the extended lockAtMostFor, far past the first one")
                .isGreaterThan(SHORT.toMillis()).isLessThanOrEqualTo(LONG.toMillis());
        assertThat(lock(job, LONG, Duration.ZERO)).isEmpty();
        extended.get().unlock();
        assertThat(lock(job, LONG, Duration.ZERO)).isPresent();
    }
}
