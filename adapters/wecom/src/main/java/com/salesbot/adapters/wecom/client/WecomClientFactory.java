package com.salesbot.adapters.wecom.client;

import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LockService;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;

/**
 * Builds the WxJava client of one app: {@code WxCpServiceImpl} (Apache HttpClient; the only service class whose token
 * refresh honours the storage's shared lock) over a {@link SharedTokenConfigStorage}, pointed at
 * {@code apiBaseUrl}. WxJava's own "-1 system busy" retry is cut to one short retry: the outbox retries with backoff.
 */
public final class WecomClientFactory {
    static final int MAX_RETRY_TIMES = 1;
    static final int RETRY_SLEEP_MILLIS = 200;

    private final KeyValueStore store;
    private final LockService locks;

    public WecomClientFactory(KeyValueStore store, LockService locks) {
        this.store = store;
        this.locks = locks;
    }

    public WxCpService create(WecomSettings settings) {
        if (settings.secret() == null || settings.secret().isBlank()) {
            throw new IllegalArgumentException("wecom.secret is required to call the WeCom API");
        }
        SharedTokenConfigStorage config = new SharedTokenConfigStorage(store, locks);
        config.setCorpId(settings.corpId());
        config.setAgentId(settings.agentId());
        config.setCorpSecret(settings.secret());
        config.setToken(settings.token());
        config.setAesKey(settings.aesKey());
        config.setBaseApiUrl(settings.apiBaseUrl());
        WxCpServiceImpl cp = new WxCpServiceImpl();
        cp.setWxCpConfigStorage(config);
        cp.setMaxRetryTimes(MAX_RETRY_TIMES);
        cp.setRetrySleepMillis(RETRY_SLEEP_MILLIS);
        return cp;
    }
}
