package com.salesbot.bot.e2e;

import com.salesbot.core.messaging.InboundHandler;
import com.salesbot.core.messaging.InboxEntry;
import com.salesbot.core.messaging.InboxProcessor;
import com.salesbot.core.messaging.InboundDecoder;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.port.Transactions;
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

    /**
     * Records like the real store; hands nothing out for processing. (Core's tests have a forwarding inbox, but the
     * bot does not depend on core's test classes: the architecture tests would import them as core.)
     */
    private record NeverClaims(InboxStore delegate) implements InboxStore {
        @Override
        public boolean record(String channel, String eventId, String payload, long receivedAt) {
            return delegate.record(channel, eventId, payload, receivedAt);
        }

        @Override
        public boolean[] recordAll(List<Arrival> arrivals) {
            return delegate.recordAll(arrivals);
        }

        @Override
        public List<InboxEntry> claim(String owner, int max, long now, long leaseMillis) {
            return List.of();
        }

        @Override
        public boolean renew(long id, String leaseToken, long leaseUntil) {
            return delegate.renew(id, leaseToken, leaseUntil);
        }

        @Override
        public boolean markDone(long id, String leaseToken) {
            return delegate.markDone(id, leaseToken);
        }

        @Override
        public boolean retryLater(long id, String leaseToken, long notBefore, String error, boolean countAttempt) {
            return delegate.retryLater(id, leaseToken, notBefore, error, countAttempt);
        }

        @Override
        public boolean markFailed(long id, String leaseToken, String error) {
            return delegate.markFailed(id, leaseToken, error);
        }

        @Override
        public int purgeDone(long receivedBefore, int batch) {
            return delegate.purgeDone(receivedBefore, batch);
        }

        @Override
        public long countPending() {
            return delegate.countPending();
        }
    }
}
