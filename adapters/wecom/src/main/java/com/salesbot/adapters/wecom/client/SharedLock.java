package com.salesbot.adapters.wecom.client;

import com.salesbot.core.port.LockService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * The core {@link LockService} seen as a {@link java.util.concurrent.locks.Lock}, which is what WxJava's token refresh
 * takes. One instance is used by one thread for one lock/unlock pair; every instance competes for the same shared
 * name, so threads of one JVM and other bot instances exclude each other alike. A crashed holder's lease expires.
 */
final class SharedLock implements Lock {
    private final LockService locks;
    private final String name;
    private final Duration lease;
    private final long pollMillis;
    private LockService.Lock held;

    SharedLock(LockService locks, String name, Duration lease, Duration poll) {
        this.locks = locks;
        this.name = name;
        this.lease = lease;
        this.pollMillis = Math.max(1, poll.toMillis());
    }

    @Override
    public void lock() {
        boolean interrupted = false;
        while (!tryLock()) {
            try {
                Thread.sleep(pollMillis);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
        while (!tryLock()) {
            Thread.sleep(pollMillis);
        }
    }

    @Override
    public boolean tryLock() {
        if (held != null) {
            throw new IllegalStateException("shared lock " + name + " is not reentrant");
        }
        Optional<LockService.Lock> lock = locks.tryLock(name, lease);
        lock.ifPresent(l -> held = l);
        return lock.isPresent();
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(time);
        while (!tryLock()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(pollMillis);
        }
        return true;
    }

    @Override
    public void unlock() {
        LockService.Lock lock = held;
        held = null;
        if (lock != null) {
            lock.release();
        }
    }

    @Override
    public Condition newCondition() {
        throw new UnsupportedOperationException("shared locks have no conditions");
    }
}
