package com.salesbot.bot.channel.wecom;

import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.adapters.wecom.callback.WecomCallbackVerifier;
import com.salesbot.adapters.wecom.client.WecomClientFactory;
import com.salesbot.adapters.wecom.inbound.WecomInboundDecoder;
import com.salesbot.adapters.wecom.send.MemberRateLimit;
import com.salesbot.adapters.wecom.send.WecomImageUploader;
import com.salesbot.adapters.wecom.send.WecomMessageRenderer;
import com.salesbot.adapters.wecom.send.WecomSender;
import com.salesbot.core.messaging.ChannelSender;
import com.salesbot.core.messaging.InboundDecoder;
import com.salesbot.core.port.FileContents;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LockService;
import com.salesbot.core.port.RateLimiter;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import me.chanjar.weixin.cp.api.WxCpService;

/** The WeCom channel, present when wecom.corp-id is set. */
@Factory
@Requires(property = "wecom.corp-id")
public class WecomChannelFactory {
    @Singleton
    WecomSettings wecomSettings(@Value("${wecom.corp-id}") String corpId, @Value("${wecom.agent-id:0}") int agentId,
                                @Value("${wecom.secret:}") String secret, @Value("${wecom.token:}") String token,
                                @Value("${wecom.aes-key:}") String aesKey,
                                @Nullable @Value("${wecom.api-base-url:}") String apiBaseUrl) {
        try {
            return new WecomSettings(corpId, agentId, secret, token, aesKey, apiBaseUrl);
        } catch (IllegalArgumentException e) {
            throw new com.salesbot.bot.startup.InvalidSettingException("wecom", e.getMessage());
        }
    }

    @Singleton
    WecomCallbackVerifier wecomCallbackVerifier(WecomSettings settings, Clock clock) {
        return new WecomCallbackVerifier(settings, clock);
    }

    @Singleton
    @Named("wecom")
    InboundDecoder wecomDecoder() {
        return new WecomInboundDecoder();
    }

    @Singleton
    WxCpService wecomService(WecomSettings settings, KeyValueStore kv, LockService locks) {
        return new WecomClientFactory(kv, locks).create(settings);
    }

    @Singleton
    @Named("wecom")
    ChannelSender wecomSender(WecomSettings settings, WxCpService cp, RateLimiter limiter, KeyValueStore kv,
                              FileContents files,
                              @Value("${wecom.bot-name:销售助手}") String botName,
                              @Value("${wecom.duplicate-check-interval:30m}") java.time.Duration duplicateCheck,
                              @Value("${wecom.tag-group:销售助手}") String tagGroup) {
        return new WecomSender(cp, new WecomMessageRenderer(settings.agentId(), botName),
                new MemberRateLimit(limiter, settings.corpId(), settings.agentId()), new WecomImageUploader(cp),
                duplicateCheck, kv, tagGroup, files);
    }
}
