package com.salesbot.bot.wiring;

import com.salesbot.core.messaging.InboundHandler;
import com.salesbot.core.messaging.InboxProcessor;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.messaging.OutboxDelivery;
import com.salesbot.core.messaging.RetryPolicy;
import com.salesbot.core.messaging.ChannelSender;
import com.salesbot.core.messaging.InboundDecoder;
import com.salesbot.core.messaging.InboxStore;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.port.Transactions;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** The message life cycle (docs/design.md) assembled from the channels present in this deployment. */
@Factory
public class LifecycleFactory {
    /** Identifies this instance in inbox/outbox leases. */
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    @Singleton
    InboxProcessor inboxProcessor(InboxStore inbox, OutboxWriter outbox, List<InboundDecoder> decoders,
                                  InboundHandler handler, Transactions transactions, Clock clock,
                                  @Value("${salesbot.inbox.lease:60s}") java.time.Duration lease,
                                  @Value("${salesbot.inbox.max-attempts:5}") int maxAttempts) {
        return new InboxProcessor(inbox, outbox, decoders, handler, transactions, clock, owner,
                lease.toMillis(), maxAttempts);
    }

    @Singleton
    OutboxDelivery outboxDelivery(OutboxStore outbox, List<ChannelSender> senders, OutboundCodec codec, Clock clock,
                                  @Value("${salesbot.outbox.lease:60s}") java.time.Duration lease,
                                  @Nullable OutboxDelivery.DeliveryListener listener) {
        return new OutboxDelivery(outbox, senders, codec, RetryPolicy.defaults(), clock, owner, lease.toMillis(),
                listener);
    }
}
