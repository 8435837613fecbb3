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

    @Override
    public String getAccessToken() {
        return store.get(tokenKey()).orElse(null);
    }

    @Override
    public boolean isAccessTokenExpired() {
        return store.get(tokenKey()).isEmpty();
    }

    @Override
    public void expireAccessToken() {
        store.delete(tokenKey());
    }

    @Override
    public synchronized void updateAccessToken(WxAccessToken token) {
        updateAccessToken(token.getAccessToken(), token.getExpiresIn());
    }

    @Override
    public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
        long ttl = Math.max(1, (long) expiresInSeconds - EXPIRY_MARGIN_SECONDS);
        store.put(tokenKey(), accessToken, Duration.ofSeconds(ttl));
    }

    @Override
    public Lock getAccessTokenLock() {
        return new SharedLock(locks, lockName(), LOCK_LEASE, LOCK_POLL);
    }

    @Override
    public String toString() {
        return "SharedTokenConfigStorage[corpId=" + getCorpId() + ", agentId=" + getAgentId() + "]";
    }
}
