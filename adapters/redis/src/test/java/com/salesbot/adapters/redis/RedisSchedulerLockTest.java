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
    private static final Duration MARGIN = Duration.ofMillis(200);
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

        LocalRedis.sleep(SHORT.minus(MARGIN));
        assertThat(lock(job, LONG, Duration.ZERO)).isEmpty();

        LocalRedis.sleep(MARGIN.multipliedBy(2));
        assertThat(lock(job, LONG, Duration.ZERO)).isPresent();
    }

    @Test
    void lockThatIsNeverReleasedExpiresAfterLockAtMostFor() {
        String job = job();
        lock(job, SHORT, Duration.ZERO).orElseThrow();

        LocalRedis.sleep(SHORT.minus(MARGIN));
        assertThat(lock(job, LONG, Duration.ZERO)).isEmpty();

        LocalRedis.sleep(MARGIN.multipliedBy(2));
        assertThat(lock(job, LONG, Duration.ZERO)).isPresent();
    }

    @Test
    void instanceWhoseLockExpiredCannotUnlockTheNextRunner() {
        String job = job();
        SimpleLock stale = lock(job, SHORT, Duration.ZERO).orElseThrow();
        LocalRedis.sleep(SHORT.plus(MARGIN));
        SimpleLock current = lock(job, LONG, Duration.ZERO).orElseThrow();

        stale.unlock();

        assertThat(lock(job, LONG, Duration.ZERO)).isEmpty();
        current.unlock();
    }

    @Test
    void extendingALongRunningJobKeepsOthersOut() {
        String job = job();
        SimpleLock running = lock(job, SHORT, Duration.ZERO).orElseThrow();

        Optional<SimpleLock> extended = running.extend(LONG, Duration.ZERO);
        LocalRedis.sleep(SHORT.plus(MARGIN));

        assertThat(extended).isPresent();
        assertThat(lock(job, LONG, Duration.ZERO)).isEmpty();
        extended.get().unlock();
        assertThat(lock(job, LONG, Duration.ZERO)).isPresent();
    }
}
