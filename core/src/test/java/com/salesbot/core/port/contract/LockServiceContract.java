package com.salesbot.core.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.port.LockService;
import com.salesbot.core.port.LockService.Lock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Behaviour every {@link LockService} must show. */
public abstract class LockServiceContract extends TimedContract {
    protected abstract LockService locks();

    @Test
    void secondAttemptOnAHeldLockFailsButOtherNamesAreFree() {
        String name = uniqueKey("lock");
        Optional<Lock> first = locks().tryLock(name, Duration.ofMinutes(1));

        assertThat(first).isPresent();
        assertThat(first.get().name()).isEqualTo(name);
        assertThat(locks().tryLock(name, Duration.ofMinutes(1))).isEmpty();
        assertThat(locks().tryLock(uniqueKey("lock"), Duration.ofMinutes(1))).isPresent();
    }

    @Test
    void releasedLockCanBeTakenAgainAndReleasingTwiceIsHarmless() {
        String name = uniqueKey("lock");
        Lock first = locks().tryLock(name, Duration.ofMinutes(1)).orElseThrow();

        first.release();
        Lock second = locks().tryLock(name, Duration.ofMinutes(1)).orElseThrow();
        first.release();

        assertThat(locks().tryLock(name, Duration.ofMinutes(1))).isEmpty();
        second.release();
    }

    @Test
    void closeReleasesTheLock() {
        String name = uniqueKey("lock");
        try (Lock lock = locks().tryLock(name, Duration.ofMinutes(1)).orElseThrow()) {
            assertThat(lock.name()).isEqualTo(name);
        }

        assertThat(locks().tryLock(name, Duration.ofMinutes(1))).isPresent();
    }

    @Test
    void lockIsHeldUntilItsTtlThenAnotherOwnerGetsIt() {
        String name = uniqueKey("lock");
        locks().tryLock(name, shortTtl()).orElseThrow();

        elapse(shortTtl().minus(tolerance()));
        assertThat(locks().tryLock(name, Duration.ofMinutes(1))).isEmpty();

        elapse(tolerance().multipliedBy(2));
        assertThat(locks().tryLock(name, Duration.ofMinutes(1))).isPresent();
    }

    @Test
    void expiredHolderCannotReleaseTheNextOwnersLock() {
        String name = uniqueKey("lock");
        Lock stale = locks().tryLock(name, shortTtl()).orElseThrow();
        elapse(shortTtl().plus(tolerance()));
        Lock current = locks().tryLock(name, Duration.ofMinutes(1)).orElseThrow();

        stale.release();

        assertThat(locks().tryLock(name, Duration.ofMinutes(1))).isEmpty();
        current.release();
        assertThat(locks().tryLock(name, Duration.ofMinutes(1))).isPresent();
    }

    @Test
    void exactlyOneOfManyConcurrentContendersGetsTheLock() throws Exception {
        String name = uniqueKey("lock");

        List<Optional<Lock>> results = runConcurrently(16, () -> locks().tryLock(name, Duration.ofMinutes(1)));

        assertThat(results.stream().filter(Optional::isPresent).count()).isEqualTo(1);
    }

    @Test
    void rejectsATtlThatIsNotPositive() {
        assertThatThrownBy(() -> locks().tryLock(uniqueKey("lock"), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
