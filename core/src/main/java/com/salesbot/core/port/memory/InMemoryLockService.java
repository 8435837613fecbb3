package com.salesbot.core.port.memory;

import com.salesbot.core.port.LockService;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Locks for a single instance. Each acquisition gets a random token; release removes the lock only while it
 * still carries that token, so a holder whose lock expired cannot release the next owner's lock.
 */
public final class InMemoryLockService implements LockService {
    private final Clock clock;
    private final ConcurrentMap<String, Holder> locks = new ConcurrentHashMap<>();

    public InMemoryLockService(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Optional<Lock> tryLock(String name, Duration ttl) {
        Objects.requireNonNull(name, "name");
        long ttlMillis = Ttls.requirePositiveMillis(ttl, "ttl");
        long now = clock.millis();
        Holder mine = new Holder(UUID.randomUUID().toString(), Ttls.deadline(now, ttlMillis));
        Holder current = locks.compute(name, (k, old) -> old == null || old.expiredAt(now) ? mine : old);
        return current == mine ? Optional.of(new HeldLock(name, mine)) : Optional.empty();
    }

    private record Holder(String token, long expiresAtMillis) {
        boolean expiredAt(long nowMillis) {
            return nowMillis >= expiresAtMillis;
        }
    }

    private final class HeldLock implements Lock {
        private final String name;
        private final Holder holder;

        private HeldLock(String name, Holder holder) {
            this.name = name;
            this.holder = holder;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void release() {
            locks.remove(name, holder);
        }
    }
}
