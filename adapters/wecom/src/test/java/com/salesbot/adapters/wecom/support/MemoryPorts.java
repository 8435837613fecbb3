package com.salesbot.adapters.wecom.support;

import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LockService;
import com.salesbot.core.port.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Simple in-memory fakes of the core ports used by the WeCom adapter (shared state = one bot fleet). */
public final class MemoryPorts {
    private MemoryPorts() {
    }

    public static final class Kv implements KeyValueStore {
        private record Entry(String value, long expiresAt) {
        }

        private final Clock clock;
        private final Map<String, Entry> map = new ConcurrentHashMap<>();
        public final Map<String, Duration> lastTtl = new ConcurrentHashMap<>();

        public Kv(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized Optional<String> get(String key) {
            Entry e = map.get(key);
            if (e == null || e.expiresAt <= clock.millis()) {
                map.remove(key);
                return Optional.empty();
            }
            return Optional.of(e.value);
        }

        @Override
        public synchronized void put(String key, String value, Duration ttl) {
            map.put(key, new Entry(value, clock.millis() + ttl.toMillis()));
            lastTtl.put(key, ttl);
        }

        @Override
        public synchronized boolean putIfAbsent(String key, String value, Duration ttl) {
            if (get(key).isPresent()) {
                return false;
            }
            put(key, value, ttl);
            return true;
        }

        @Override
        public synchronized void delete(String key) {
            map.remove(key);
        }
    }

    public static final class Locks implements LockService {
        private final Clock clock;
        private final Map<String, Long> held = new HashMap<>();
        private final Map<String, Long> tokens = new HashMap<>();
        private final AtomicInteger seq = new AtomicInteger();
        public final AtomicInteger grants = new AtomicInteger();

        public Locks(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized Optional<Lock> tryLock(String name, Duration ttl) {
            Long until = held.get(name);
            if (until != null && until > clock.millis()) {
                return Optional.empty();
            }
            long token = seq.incrementAndGet();
            held.put(name, clock.millis() + ttl.toMillis());
            tokens.put(name, token);
            grants.incrementAndGet();
            return Optional.of(new Lock() {
                @Override
                public String name() {
                    return name;
                }

                @Override
                public void release() {
                    synchronized (Locks.this) {
                        if (Long.valueOf(token).equals(tokens.get(name))) {
                            held.remove(name);
                            tokens.remove(name);
                        }
                    }
                }
            });
        }
    }

    /** Sliding-window limiter over a clock. */
    public static final class Limiter implements RateLimiter {
        private final Clock clock;
        private final Map<String, Deque<Long>> taken = new HashMap<>();

        public Limiter(Clock clock) {
            this.clock = clock;
        }

        @Override
        public synchronized Duration tryAcquire(String key, int limit, Duration window) {
            long now = clock.millis();
            Deque<Long> q = taken.computeIfAbsent(key, k -> new ArrayDeque<>());
            while (!q.isEmpty() && q.peekFirst() <= now - window.toMillis()) {
                q.pollFirst();
            }
            if (q.size() < limit) {
                q.addLast(now);
                return Duration.ZERO;
            }
            return Duration.ofMillis(q.peekFirst() + window.toMillis() - now);
        }
    }
}
