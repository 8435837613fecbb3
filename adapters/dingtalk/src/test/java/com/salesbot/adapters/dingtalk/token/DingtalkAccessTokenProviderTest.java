package com.salesbot.adapters.dingtalk.token;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.testdata.MutableClock;
import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi.AccessToken;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LockService;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.port.memory.InMemoryLockService;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DingtalkAccessTokenProviderTest {
    private static final long START = 1_790_000_000_000L;
    private final MutableClock clock = new MutableClock(START, ZoneId.of("Asia/Shanghai"));
    private final InMemoryKeyValueStore kv = new InMemoryKeyValueStore(clock);
    private final InMemoryLockService locks = new InMemoryLockService(clock);
    private final CountingSource source = new CountingSource(7200);

    private DingtalkAccessTokenProvider provider() {
        return new DingtalkAccessTokenProvider("appK", source, kv, locks, clock, Duration.ofMillis(300), Duration.ofMillis(10));
    }

    @Test
    void cachesUntilTenMinutesBeforeExpiry() {
        var provider = provider();

        assertThat(provider.get()).isEqualTo("tok-1");
        clock.advance(Duration.ofSeconds(6600).minusMillis(1));
        assertThat(provider.get()).isEqualTo("tok-1");
        assertThat(source.calls()).isEqualTo(1);

        clock.advance(Duration.ofMillis(1));
        assertThat(provider.get()).isEqualTo("tok-2");
        assertThat(source.calls()).isEqualTo(2);
    }

    @Test
    void shortLifetimesStillWaitAtLeastOneMinute() {
        var shortLived = new CountingSource(100);
        var provider = new DingtalkAccessTokenProvider("appK", shortLived, kv, locks, clock);

        provider.get();
        clock.advance(Duration.ofSeconds(60).minusMillis(1));
        provider.get();
        assertThat(shortLived.calls()).isEqualTo(1);
        clock.advance(Duration.ofMillis(1));
        provider.get();
        assertThat(shortLived.calls()).isEqualTo(2);
    }

    @Test
    void aSecondInstanceUsesTheSharedTokenWithoutFetching() {
        var first = provider();
        var second = provider();

        assertThat(first.get()).isEqualTo("tok-1");
        clock.advance(Duration.ofSeconds(3000));
        assertThat(second.get()).isEqualTo("tok-1");
        assertThat(source.calls()).isEqualTo(1);
    }

    @Test
    void invalidateOnlyDropsTheTokenItWasGiven() {
        var provider = provider();
        provider.get();

        provider.invalidate("someone-elses-old-token");
        assertThat(provider.get()).isEqualTo("tok-1");
        assertThat(source.calls()).isEqualTo(1);

        provider.invalidate("tok-1");
        assertThat(provider.get()).isEqualTo("tok-2");
        assertThat(kv.get("dingtalk:token:appK")).hasValueSatisfying(v -> assertThat(v).endsWith(":tok-2"));
    }

    @Test
    void invalidatingOneInstanceMakesTheOthersRefreshToo() {
        var first = provider();
        var second = provider();
        first.get();
        second.get();

        first.invalidate("tok-1");
        assertThat(first.get()).isEqualTo("tok-2");
        // the other instance still holds tok-1 in memory until DingTalk rejects it there as well
        assertThat(second.get()).isEqualTo("tok-1");
        second.invalidate("tok-1");
        assertThat(second.get()).isEqualTo("tok-2");
        assertThat(source.calls()).isEqualTo(2);
    }

    @Test
    void waitsForTheInstanceHoldingTheRefreshLock() throws Exception {
        CountDownLatch refused = new CountDownLatch(1);
        CountDownLatch polledAfterRefusal = new CountDownLatch(2);
        LockService watchedLocks = (name, ttl) -> {
            var lock = locks.tryLock(name, ttl);
            if (lock.isEmpty()) {
                refused.countDown();
            }
            return lock;
        };
        KeyValueStore watchedKv = new KeyValueStore() {
            @Override
            public Optional<String> get(String key) {
                if (refused.getCount() == 0) {
                    polledAfterRefusal.countDown();
                }
                return kv.get(key);
            }

            @Override
            public void put(String key, String value, Duration ttl) {
                kv.put(key, value, ttl);
            }

            @Override
            public boolean putIfAbsent(String key, String value, Duration ttl) {
                return kv.putIfAbsent(key, value, ttl);
            }

            @Override
            public void delete(String key) {
                kv.delete(key);
            }
        };
        // a long enough wait that a slow test machine cannot make the provider give up and fetch by itself
        var provider = new DingtalkAccessTokenProvider("appK", source, watchedKv, watchedLocks, clock,
                Duration.ofSeconds(30), Duration.ofMillis(5));
        LockService.Lock other = locks.tryLock("dingtalk:token-refresh:appK", Duration.ofSeconds(30)).orElseThrow();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Future<String> got = executor.submit(provider::get);
            // refused the lock, then polled the shared store in its waiting loop without finding a token
            assertThat(polledAfterRefusal.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(got).isNotDone();
            assertThat(source.calls()).isZero();
            long now = clock.millis();
            kv.put("dingtalk:token:appK", (now + 6_600_000) + ":" + (now + 7_200_000) + ":from-other", Duration.ofHours(2));

            assertThat(got.get(5, TimeUnit.SECONDS)).isEqualTo("from-other");
            assertThat(source.calls()).isZero();
        } finally {
            other.release();
            executor.shutdownNow();
        }
    }

    @Test
    void whenTheRefresherStallsAStillValidTokenIsUsedElseItFetchesItself() {
        var provider = provider();
        provider.get();
        clock.advance(Duration.ofSeconds(6600));
        LockService.Lock other = locks.tryLock("dingtalk:token-refresh:appK", Duration.ofHours(1)).orElseThrow();
        try {
            // due for refresh but not expired: keep serving it
            assertThat(provider.get()).isEqualTo("tok-1");
            assertThat(source.calls()).isEqualTo(1);
            // expired: fetch despite the lock (DingTalk returns the same token to every fetcher)
            clock.advance(Duration.ofSeconds(600));
            assertThat(provider.get()).isEqualTo("tok-2");
            assertThat(source.calls()).isEqualTo(2);
        } finally {
            other.release();
        }
    }

    @Test
    void concurrentCallersShareOneFetch() throws Exception {
        var slow = new CountingSource(7200, 100);
        var provider = new DingtalkAccessTokenProvider("appK", slow, kv, locks, clock);
        ExecutorService executor = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                results.add(executor.submit(() -> {
                    start.await();
                    return provider.get();
                }));
            }
            start.countDown();
            Set<String> tokens = ConcurrentHashMap.newKeySet();
            for (Future<String> result : results) {
                tokens.add(result.get(5, TimeUnit.SECONDS));
            }
            assertThat(tokens).containsExactly("tok-1");
            assertThat(slow.calls()).isEqualTo(1);
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void theSharedCopyExpiresWithTheToken() {
        provider().get();
        assertThat(kv.get("dingtalk:token:appK")).isPresent();
        clock.advance(Duration.ofSeconds(7200));
        assertThat(kv.get("dingtalk:token:appK")).isEmpty();
    }

    static final class CountingSource implements AccessTokenSource {
        private final AtomicInteger calls = new AtomicInteger();
        private final long expireIn;
        private final long delayMs;

        CountingSource(long expireIn) {
            this(expireIn, 0);
        }

        CountingSource(long expireIn, long delayMs) {
            this.expireIn = expireIn;
            this.delayMs = delayMs;
        }

        @Override
        public AccessToken fetch() {
            if (delayMs > 0) {
                try {
                    Thread.sleep(delayMs);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new AccessToken("tok-" + calls.incrementAndGet(), expireIn);
        }

        int calls() {
            return calls.get();
        }
    }
}
