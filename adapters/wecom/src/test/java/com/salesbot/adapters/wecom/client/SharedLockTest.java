package com.salesbot.adapters.wecom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.port.LockService;
import com.salesbot.core.port.memory.InMemoryLockService;
import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SharedLockTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final InMemoryLockService memory = new InMemoryLockService(clock);
    /** Counts attempts the shared store refused, so a test can wait until a waiter has really been refused. */
    private volatile CountDownLatch refusals = new CountDownLatch(0);
    private final LockService locks = (name, ttl) -> {
        Optional<LockService.Lock> lock = memory.tryLock(name, ttl);
        if (lock.isEmpty()) {
            refusals.countDown();
        }
        return lock;
    };

    private SharedLock lock() {
        return new SharedLock(locks, "wecom:refresh", Duration.ofSeconds(30), Duration.ofMillis(5));
    }

    @Test
    void secondHolderWaitsUntilTheFirstUnlocks() throws Exception {
        SharedLock first = lock();
        first.lock();
        SharedLock second = lock();
        assertThat(second.tryLock()).isFalse();
        assertThat(second.tryLock(30, TimeUnit.MILLISECONDS)).isFalse();
        refusals = new CountDownLatch(3);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(second::lock);
        // the waiter has been refused and has polled again at least twice: it is in its waiting loop
        assertThat(refusals.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(waiting).isNotDone();
        first.unlock();
        waiting.get(2, TimeUnit.SECONDS);
        second.unlock();
        assertThat(lock().tryLock()).isTrue();
    }

    @Test
    void crashedHolderIsOvertakenAfterTheLease() {
        assertThat(lock().tryLock()).isTrue(); // never unlocked
        SharedLock other = lock();
        clock.advance(Duration.ofSeconds(29));
        assertThat(other.tryLock()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(other.tryLock()).isTrue();
    }

    @Test
    void unlockWithoutLockIsHarmlessAndConditionsAreUnsupported() {
        SharedLock l = lock();
        l.unlock();
        assertThat(l.tryLock()).isTrue();
        assertThatThrownBy(l::tryLock).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(l::newCondition).isInstanceOf(UnsupportedOperationException.class);
    }
}
