package com.salesbot.bot.channel.dingtalk;

import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.api.DingtalkOapi;
import com.salesbot.adapters.dingtalk.api.DingtalkOpenApi;
import com.salesbot.adapters.dingtalk.callback.DingtalkCallbackVerifier;
import com.salesbot.adapters.dingtalk.inbound.DingtalkInboundDecoder;
import com.salesbot.adapters.dingtalk.send.DingtalkMessageRenderer;
import com.salesbot.adapters.dingtalk.send.DingtalkSender;
import com.salesbot.adapters.dingtalk.token.DingtalkAccessTokenProvider;
import com.salesbot.bot.startup.InvalidSettingException;
import com.salesbot.core.messaging.ChannelSender;
import com.salesbot.core.messaging.InboundDecoder;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LockService;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The DingTalk channel, present when dingtalk.app-key is set. */
@Factory
@Requires(property = "dingtalk.app-key")
public class DingtalkChannelFactory {
    @Singleton
    DingtalkSettings dingtalkSettings(@Value("${dingtalk.app-key}") String appKey,
                                      @Value("${dingtalk.app-secret:}") String appSecret,
                                      @Nullable @Value("${dingtalk.robot-code:}") String robotCode,
                                      @Nullable @Value("${dingtalk.agent-id:}") Long agentId,
                                      @Nullable @Value("${dingtalk.api-base-url:}") String apiBaseUrl,
                                      @Nullable @Value("${dingtalk.oapi-base-url:}") String oapiBaseUrl,
                                      @Nullable @Value("${dingtalk.card-template-id:}") String cardTemplateId,
                                      @Nullable @Value("${dingtalk.card-route-key:}") String routeKey,
                                      @Value("${dingtalk.mode:http}") String mode) {
        if (!"http".equals(mode) && !"stream".equals(mode)) {
            throw new InvalidSettingException("dingtalk.mode", "must be http or stream, got \"" + mode + "\"");
        }
        try {
            return new DingtalkSettings(appKey, appSecret, robotCode, agentId, apiBaseUrl, oapiBaseUrl,
                    cardTemplateId, "http".equals(mode) ? routeKey : null, null, null);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("dingtalk", e.getMessage());
        }
    }

    @Singleton
    DingtalkCallbackVerifier dingtalkCallbackVerifier(DingtalkSettings settings, Clock clock) {
        return new DingtalkCallbackVerifier(settings.appSecret(), clock);
    }

    @Singleton
    @Named("dingtalk")
    InboundDecoder dingtalkDecoder(Clock clock) {
        return new DingtalkInboundDecoder(clock);
    }

    @Singleton
    DingtalkOpenApi dingtalkOpenApi(DingtalkSettings settings) {
        return new DingtalkOpenApi(settings);
    }

    @Singleton
    DingtalkOapi dingtalkOapi(DingtalkSettings settings) {
        return new DingtalkOapi(settings);
    }

    @Singleton
    DingtalkAccessTokenProvider dingtalkTokens(DingtalkSettings settings, DingtalkOpenApi openApi, KeyValueStore kv,
                                               LockService locks, Clock clock) {
        return new DingtalkAccessTokenProvider(settings.appKey(), openApi::fetchAccessToken, kv, locks, clock);
    }

    @Singleton
    @Named("dingtalk")
    ChannelSender dingtalkSender(DingtalkSettings settings, DingtalkOpenApi openApi, DingtalkOapi oapi,
                                 DingtalkAccessTokenProvider tokens, Clock clock,
                                 com.salesbot.core.port.FileContents files) {
        return new DingtalkSender(settings, openApi, oapi, tokens, new DingtalkMessageRenderer(), clock, files);
    }
}
