package com.salesbot.bot.e2e;

import com.salesbot.core.messaging.InboundHandler;
import com.salesbot.core.messaging.InboxEntry;
import com.salesbot.core.messaging.InboxProcessor;
import com.salesbot.core.messaging.InboundDecoder;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.testdata.ForwardingInboxStore;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;

/**
 * In the "e2e-pump-off" environment the bot acknowledges and records callbacks but its pump never claims them,
 * like an instance stopped right after the ack: the state a restart has to recover from.
 */
@Factory
@Requires(env = PausedInboxFactory.ENV)
public class PausedInboxFactory {
    static final String ENV = "e2e-pump-off";

    @Singleton
    @Replaces(InboxProcessor.class)
    InboxProcessor pausedInboxProcessor(InboxStore inbox, OutboxWriter outbox, List<InboundDecoder> decoders,
                                        InboundHandler handler, Transactions transactions, Clock clock) {
        return new InboxProcessor(new NeverClaims(inbox), outbox, decoders, handler, transactions, clock,
                "paused", 60_000, 5);
    }

    /** Records like the real store; hands nothing out for processing. */
    private static final class NeverClaims extends ForwardingInboxStore {
        NeverClaims(InboxStore delegate) {
            super(delegate);
        }

        @Override
        public List<InboxEntry> claim(String owner, int max, long now, long leaseMillis) {
            return List.of();
        }
    }
}
