package com.salesbot.bot.capture;

import com.salesbot.core.capture.ChatTouchCloser;
import com.salesbot.core.capture.IdleConversations;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.OutboxStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.port.Transactions;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/** Wires capturing work where it happens (R23): chat touches. */
@Factory
public class CaptureFactory {
    @Singleton
    ChatTouchCloser chatTouchCloser(IdleConversations idle, ConversationStore conversations, TouchStore touches,
                                    CounterStore counters, ConversationEngine engine, OutboxStore outbox,
                                    OutboundCodec codec, Transactions transactions, BusinessConfig config,
                                    Clock clock, ZoneId zone) {
        return new ChatTouchCloser(idle, conversations, touches, counters, engine::promptForTouch, outbox, codec,
                transactions, config.thresholds(), clock.withZone(zone));
    }
}
