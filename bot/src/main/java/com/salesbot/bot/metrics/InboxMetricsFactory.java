package com.salesbot.bot.metrics;

import com.salesbot.core.messaging.InboxProcessor;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Hands the inbox processor its outcome listener from {@link BotMetrics}. */
@Factory
public class InboxMetricsFactory {
    @Singleton
    InboxProcessor.Listener inboxListener(BotMetrics metrics) {
        return metrics.inboxListener();
    }
}
