package com.salesbot.adapters.dingtalk;

import com.salesbot.adapters.dingtalk.api.DingtalkOapi;
import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi;
import com.salesbot.adapters.dingtalk.callback.DingtalkCallbackVerifier;
import com.salesbot.adapters.dingtalk.inbound.DingtalkInboundDecoder;
import com.salesbot.adapters.dingtalk.send.DingtalkMessageRenderer;
import com.salesbot.adapters.dingtalk.send.DingtalkSender;
import com.salesbot.adapters.dingtalk.token.DingtalkAccessTokenProvider;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LockService;
import java.time.Clock;

/**
 * Everything one DingTalk app needs, wired from settings and the shared ports: what a bot {@code @Factory}
 * exposes as beans. Building it makes no network call.
 */
public record DingtalkChannel(DingtalkSettings settings, DingtalkAccessTokenProvider tokens, DingtalkSender sender,
                              DingtalkInboundDecoder decoder, DingtalkCallbackVerifier verifier) {

    public static DingtalkChannel create(DingtalkSettings settings, KeyValueStore keyValueStore,
                                         LockService locks, Clock clock) {
        DingtalkOpenApi openApi = new DingtalkOpenApi(settings);
        DingtalkOapi oapi = new DingtalkOapi(settings);
        DingtalkAccessTokenProvider tokens = new DingtalkAccessTokenProvider(settings.appKey(),
                openApi::fetchAccessToken, keyValueStore, locks, clock);
        DingtalkSender sender = new DingtalkSender(settings, openApi, oapi, tokens, new DingtalkMessageRenderer(), clock);
        return new DingtalkChannel(settings, tokens, sender, new DingtalkInboundDecoder(clock),
                new DingtalkCallbackVerifier(settings.appSecret(), clock));
    }
}
