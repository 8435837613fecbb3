package com.salesbot.adapters.wecom.support;

import com.salesbot.adapters.wecom.WecomSettings;
import com.salesbot.adapters.wecom.client.WecomClientFactory;
import com.salesbot.adapters.wecom.send.MemberRateLimit;
import com.salesbot.adapters.wecom.send.WecomImageUploader;
import com.salesbot.adapters.wecom.send.WecomMessageRenderer;
import com.salesbot.adapters.wecom.send.WecomSender;
import com.salesbot.core.port.memory.InMemoryLockService;
import com.salesbot.core.port.memory.InMemoryRateLimiter;
import com.salesbot.core.testdata.MutableClock;
import java.io.IOException;
import java.time.Instant;
import me.chanjar.weixin.cp.api.WxCpService;

/** One fake WeCom server plus one bot instance's WeCom client, wired like the bot will wire them. */
public final class WecomFixture implements AutoCloseable {
    public final FakeWecomServer fake;
    public final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T08:00:00Z"));
    public final TtlRecordingKv kv = new TtlRecordingKv(clock);
    public final InMemoryLockService locks = new InMemoryLockService(clock);
    public final InMemoryRateLimiter limiter = new InMemoryRateLimiter(clock);
    public final WecomSettings settings;
    public final WxCpService cp;
    public final WecomSender sender;

    public WecomFixture() throws IOException {
        fake = new FakeWecomServer();
        settings = new WecomSettings(FakeWecomServer.CORP, FakeWecomServer.AGENT, FakeWecomServer.SECRET, "cbtoken",
                "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C", fake.baseUrl());
        cp = newClient();
        sender = new WecomSender(cp, new WecomMessageRenderer(settings.agentId(), "销售助手"),
                new MemberRateLimit(limiter, settings.corpId(), settings.agentId()), new WecomImageUploader(cp));
    }

    /** Another bot instance sharing this fixture's key-value store and locks. */
    public WxCpService newClient() {
        return new WecomClientFactory(kv, locks).create(settings);
    }

    @Override
    public void close() {
        fake.close();
    }
}
