package com.salesbot.adapters.wecom.client;

import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LockService;
import java.time.Duration;
import java.util.concurrent.locks.Lock;
import me.chanjar.weixin.common.bean.WxAccessToken;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;

/**
 * WxJava config whose access token lives in the shared {@link KeyValueStore} (key per corp and agent, TTL =
 * expires_in − 200 s) and whose refresh lock is the shared {@link LockService}, so every bot instance uses one token
 * and only one of them refreshes it at a time. Works with {@code WxCpServiceImpl}, the only WxJava service class that
 * refreshes under the storage's lock. Jsapi tickets stay in memory (the bot does not use them).
 */
public final class SharedTokenConfigStorage extends WxCpDefaultConfigImpl {
    private static final long serialVersionUID = 1L;
    static final int EXPIRY_MARGIN_SECONDS = 200;
    static final Duration LOCK_LEASE = Duration.ofSeconds(30);
    static final Duration LOCK_POLL = Duration.ofMillis(50);

    /** How long the token read by a check may stand in for the read that follows it on the same thread. */
    private static final long JUST_READ_NANOS = Duration.ofMillis(100).toNanos();
    private static final ThreadLocal<JustRead> JUST_READ = new ThreadLocal<>();

    private final transient KeyValueStore store;
    private final transient LockService locks;

    public SharedTokenConfigStorage(KeyValueStore store, LockService locks) {
        this.store = store;
        this.locks = locks;
    }

    /** wecom:access-token:{corpId}:{agentId}; one key per app, as WxJava issue 1669 taught. */
    public String tokenKey() {
        return "wecom:access-token:" + getCorpId() + ":" + getAgentId();
    }

    String lockName() {
        return "wecom:access-token-refresh:" + getCorpId() + ":" + getAgentId();
    }

    /**
     * The shared token; when this thread has just asked {@link #isAccessTokenExpired} (WxJava asks that first, then
     * for the token, on every API call) the value that check read is used instead of a second read of the store.
     */
    @Override
    public String getAccessToken() {
        JustRead read = JUST_READ.get();
        if (read != null) {
            JUST_READ.remove();
            if (read.owner == this && System.nanoTime() - read.atNanos < JUST_READ_NANOS) {
                return read.token;
            }
        }
        return store.get(tokenKey()).orElse(null);
    }

    /** Always reads the shared store, so an expiry or refresh by any instance is seen at once. */
    @Override
    public boolean isAccessTokenExpired() {
        String token = store.get(tokenKey()).orElse(null);
        if (token == null) {
            JUST_READ.remove();
            return true;
        }
        JUST_READ.set(new JustRead(this, token, System.nanoTime()));
        return false;
    }

    @Override
    public void expireAccessToken() {
        JUST_READ.remove();
        store.delete(tokenKey());
    }

    @Override
    public synchronized void updateAccessToken(WxAccessToken token) {
        updateAccessToken(token.getAccessToken(), token.getExpiresIn());
    }

    @Override
    public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
        JUST_READ.remove();
        long ttl = Math.max(1, (long) expiresInSeconds - EXPIRY_MARGIN_SECONDS);
        store.put(tokenKey(), accessToken, Duration.ofSeconds(ttl));
    }

    @Override
    public Lock getAccessTokenLock() {
        return new SharedLock(locks, lockName(), LOCK_LEASE, LOCK_POLL);
    }

    /** The token one check on this thread read, for the read that follows it; used at most once. */
    private record JustRead(SharedTokenConfigStorage owner, String token, long atNanos) {
    }

    @Override
    public String toString() {
        return "SharedTokenConfigStorage[corpId=" + getCorpId() + ", agentId=" + getAgentId() + "]";
    }
}
