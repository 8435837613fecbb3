package com.salesbot.adapters.dingtalk.token;

import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LockService;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The app's access token, shared by every bot instance.
 * <p>
 * Each instance keeps the token in memory until its refresh time (issue time + expireIn − 600 s, at least 60 s).
 * Past that it reads the shared copy ({@link KeyValueStore} key {@code dingtalk:token:<appKey>}); when that is due
 * too, one instance — holder of the {@link LockService} lock {@code dingtalk:token-refresh:<appKey>} — fetches a
 * new one while the others wait briefly for it. DingTalk returns the same token for repeated fetches within its
 * lifetime, so a fallback fetch after the wait never invalidates anyone.
 */
public final class DingtalkAccessTokenProvider {
    static final long REFRESH_MARGIN_SECONDS = 600;
    static final long MIN_REFRESH_SECONDS = 60;
    private static final Duration LOCK_TTL = Duration.ofSeconds(30);

    private final String appKey;
    private final AccessTokenSource source;
    private final KeyValueStore shared;
    private final LockService locks;
    private final Clock clock;
    private final Duration maxWait;
    private final Duration pollInterval;
    private final AtomicReference<CachedToken> current = new AtomicReference<>();
    private final ReentrantLock refreshing = new ReentrantLock();

    public DingtalkAccessTokenProvider(String appKey, AccessTokenSource source, KeyValueStore shared,
                                       LockService locks, Clock clock) {
        this(appKey, source, shared, locks, clock, Duration.ofSeconds(3), Duration.ofMillis(100));
    }

    public DingtalkAccessTokenProvider(String appKey, AccessTokenSource source, KeyValueStore shared,
                                       LockService locks, Clock clock, Duration maxWait, Duration pollInterval) {
        this.appKey = Objects.requireNonNull(appKey, "appKey");
        this.source = Objects.requireNonNull(source, "source");
        this.shared = Objects.requireNonNull(shared, "shared");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.maxWait = maxWait;
        this.pollInterval = pollInterval;
    }

    /** A token valid for a while yet. @throws com.salesbot.adapters.dingtalk.api.DingtalkApiException when DingTalk cannot issue one */
    public String get() {
        CachedToken cached = current.get();
        if (cached != null && cached.fresh(clock.millis())) {
            return cached.value();
        }
        refreshing.lock();
        try {
            cached = current.get();
            if (cached != null && cached.fresh(clock.millis())) {
                return cached.value();
            }
            return adopt(sharedOrRefreshed(cached)).value();
        } finally {
            refreshing.unlock();
        }
    }

    /**
     * Forgets {@code badToken} after DingTalk rejected it, only if it is still the current one (a concurrent
     * refresh is not undone). The shared copy is compared before deleting; the race window between read and
     * delete costs at most one extra fetch.
     */
    public void invalidate(String badToken) {
        if (badToken == null) {
            return;
        }
        CachedToken cached = current.get();
        if (cached != null && cached.value().equals(badToken)) {
            current.compareAndSet(cached, null);
        }
        readShared().filter(token -> token.value().equals(badToken)).ifPresent(token -> shared.delete(key()));
    }

    private CachedToken sharedOrRefreshed(CachedToken stale) {
        Optional<CachedToken> fromShared = readShared().filter(token -> token.fresh(clock.millis()));
        if (fromShared.isPresent()) {
            return fromShared.get();
        }
        Optional<LockService.Lock> lock = locks.tryLock("dingtalk:token-refresh:" + appKey, LOCK_TTL);
        if (lock.isPresent()) {
            try (LockService.Lock held = lock.get()) {
                return readShared().filter(token -> token.fresh(clock.millis())).orElseGet(this::fetchAndShare);
            }
        }
        Optional<CachedToken> refreshedElsewhere = awaitShared();
        if (refreshedElsewhere.isPresent()) {
            return refreshedElsewhere.get();
        }
        long now = clock.millis();
        Optional<CachedToken> stillValid = readShared().or(() -> Optional.ofNullable(stale))
                .filter(token -> token.valid(now));
        return stillValid.orElseGet(this::fetchAndShare);
    }

    private Optional<CachedToken> awaitShared() {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(Math.max(1, pollInterval.toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            Optional<CachedToken> token = readShared().filter(t -> t.fresh(clock.millis()));
            if (token.isPresent()) {
                return token;
            }
        }
        return Optional.empty();
    }

    private CachedToken fetchAndShare() {
        DingtalkOpenApi.AccessToken fetched = source.fetch();
        long now = clock.millis();
        long lifetime = Math.max(1, fetched.expireInSeconds());
        long refreshIn = Math.max(MIN_REFRESH_SECONDS, lifetime - REFRESH_MARGIN_SECONDS);
        CachedToken token = new CachedToken(fetched.value(), now + refreshIn * 1000, now + lifetime * 1000);
        shared.put(key(), token.encode(), Duration.ofSeconds(lifetime));
        return token;
    }

    private CachedToken adopt(CachedToken token) {
        current.set(token);
        return token;
    }

    private Optional<CachedToken> readShared() {
        return shared.get(key()).flatMap(CachedToken::decode);
    }

    private String key() {
        return "dingtalk:token:" + appKey;
    }

    /** Value, refresh time and expiry (epoch ms); shared as "refreshAt:expiresAt:value". */
    record CachedToken(String value, long refreshAt, long expiresAt) {
        boolean fresh(long now) {
            return now < refreshAt;
        }

        boolean valid(long now) {
            return now < expiresAt;
        }

        String encode() {
            return refreshAt + ":" + expiresAt + ":" + value;
        }

        static Optional<CachedToken> decode(String text) {
            String[] parts = text.split(":", 3);
            if (parts.length != 3 || parts[2].isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new CachedToken(parts[2], Long.parseLong(parts[0]), Long.parseLong(parts[1])));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return "CachedToken[refreshAt=" + refreshAt + ", expiresAt=" + expiresAt + "]";
        }
    }
}
