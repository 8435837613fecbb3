package com.salesbot.bot.channel.dingtalk;

import com.salesbot.adapters.dingtalk.DingtalkSettings;
import com.salesbot.adapters.dingtalk.inbound.DingtalkEventIds;
import com.salesbot.adapters.dingtalk.stream.DingtalkStreamRunner;
import com.salesbot.bot.channel.CallbackInbox;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;

/**
 * Stream mode: an outbound connection to DingTalk (no public IP). Each pushed message is only recorded in the
 * inbox on the SDK thread, so the SDK acks quickly; processing happens in the pump.
 */
@Context
@Requires(property = "dingtalk.app-key")
@Requires(property = "dingtalk.mode", value = "stream")
public class DingtalkStreamLifecycle {
    private final DingtalkStreamRunner runner;

    public DingtalkStreamLifecycle(DingtalkSettings settings, CallbackInbox inbox) {
        this.runner = new DingtalkStreamRunner(settings, json -> inbox.record("dingtalk", DingtalkEventIds.of(json),
                json));
        runner.start();
    }

    @PreDestroy
    void stop() {
        runner.stop();
    }
}
