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
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The message life cycle (docs/design.md) assembled from the channels present in this deployment. */
@Factory
public class LifecycleFactory {
    /** Identifies this instance in inbox/outbox leases. */
    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    /**
     * Rows of one claim are processed salesbot.inbox.batch at a time in one transaction (1 = row by row) and sent
     * to salesbot.outbox.parallelism recipients per channel at a time (1 = one after the other); docs/load.md.
     * <p>
     * Leases are short (default 10 s, at most 15 s) because they are renewed every third of a lease while a row is in
     * hand: after a kill -9 another instance, or the restarted one, takes the dead instance's rows within a lease.
     */
    @Singleton
    @Bean(preDestroy = "close")
    InboxProcessor inboxProcessor(InboxStore inbox, OutboxWriter outbox, List<InboundDecoder> decoders,
                                  InboundHandler handler, Transactions transactions, Clock clock,
                                  @Value("${salesbot.inbox.lease:10s}") Duration lease,
                                  @Value("${salesbot.inbox.max-attempts:5}") int maxAttempts,
                                  @Value("${salesbot.inbox.batch:16}") int batch,
                                  @Value("${salesbot.retry.give-up-after:24h}") Duration giveUpAfter,
                                  @Nullable InboxProcessor.Listener listener) {
        RetryPolicy d = RetryPolicy.inboxDefaults();
        return new InboxProcessor(inbox, outbox, decoders, handler, transactions, clock, owner,
                leaseMillis("salesbot.inbox.lease", lease),
                new RetryPolicy(d.base(), d.cap(), maxAttempts, d.unavailableCap(), giveUpAfter), null)
                .listener(listener).batchSize(batch);
    }

    @Singleton
    @Bean(preDestroy = "close")
    OutboxDelivery outboxDelivery(OutboxStore outbox, List<ChannelSender> senders, OutboundCodec codec, Clock clock,
                                  @Value("${salesbot.outbox.lease:10s}") Duration lease,
                                  @Value("${salesbot.retry.give-up-after:24h}") Duration giveUpAfter,
                                  @Value("${salesbot.outbox.parallelism:4}") int parallelism,
                                  @Value("${salesbot.outbox.mark-linger:50ms}") Duration markLinger,
                                  @Nullable OutboxDelivery.DeliveryListener listener) {
        RetryPolicy d = RetryPolicy.defaults();
        if (markLinger.isNegative() || markLinger.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("salesbot.outbox.mark-linger must be between 0 and 1s, was "
                    + markLinger);
        }
        return new OutboxDelivery(outbox, senders, codec,
                new RetryPolicy(d.base(), d.cap(), d.maxAttempts(), d.unavailableCap(), giveUpAfter), clock, owner,
                leaseMillis("salesbot.outbox.lease", lease), listener, null).parallelism(parallelism)
                .markLinger(markLinger);
    }

    private static long leaseMillis(String property, Duration lease) {
        if (lease.compareTo(Duration.ofSeconds(1)) < 0 || lease.compareTo(Duration.ofSeconds(15)) > 0) {
            throw new IllegalArgumentException(property + " must be between 1s and 15s, was " + lease);
        }
        return lease.toMillis();
    }
}
