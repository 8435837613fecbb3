package com.salesbot.core.messaging;

import com.salesbot.core.card.Card;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Step 5 of the message life cycle: delivers due outbox rows through their channel.
 * <ul>
 *   <li>Leases are short and kept alive while a row is in hand ({@link LeaseKeeper}); a claimed row whose lease ran
 *   out before its turn is re-checked and left alone if another instance took it. Every completion presents the
 *   lease token, so a late report never touches a row another instance now owns.</li>
 *   <li>Multi-part messages record each part as it goes out ({@link SendProgress}); a retry sends only the rest.</li>
 *   <li>Failures follow {@link RetryPolicy}: an unavailable platform (rate limits, outages) is retried without
 *   spending attempts; a message that fails by itself spends attempts; permanent failures stay visible as FAILED.
 *   </li>
 * </ul>
 */
public final class OutboxDelivery implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final OutboxStore outbox;
    private final Map<String, ChannelSender> senders;
    private final OutboundCodec codec;
    private final RetryPolicy retry;
    private final Clock clock;
    private final String owner;
    private final long leaseMillis;
    private final DeliveryListener listener;
    private final DoubleSupplier random;
    private final LeaseKeeper keeper;

    public OutboxDelivery(OutboxStore outbox, List<ChannelSender> senders, OutboundCodec codec, RetryPolicy retry,
                          Clock clock, String owner, long leaseMillis, DeliveryListener listener,
                          DoubleSupplier random) {
        this.outbox = outbox;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.codec = codec;
        this.retry = retry;
        this.clock = clock;
        this.owner = owner;
        this.leaseMillis = leaseMillis;
        this.listener = listener == null ? DeliveryListener.NONE : listener;
        this.random = random == null ? () -> ThreadLocalRandom.current().nextDouble() : random;
        this.keeper = new LeaseKeeper("outbox-lease-keeper", leaseMillis);
    }

    public OutboxDelivery(OutboxStore outbox, List<ChannelSender> senders, OutboundCodec codec, RetryPolicy retry,
                          Clock clock, String owner, long leaseMillis, DeliveryListener listener) {
        this(outbox, senders, codec, retry, clock, owner, leaseMillis, listener, null);
    }

    /** Delivers up to max due rows; returns how many were sent. */
    public int deliverDue(int max) {
        int sent = 0;
        for (OutboxEntry entry : outbox.claimDue(owner, max, clock.millis(), leaseMillis)) {
            if (!outbox.renew(entry.id(), entry.leaseToken(), clock.millis() + leaseMillis)) {
                continue; // its lease ran out before its turn and another instance has it now
            }
            try (LeaseKeeper.Held held = keeper.hold("outbox " + entry.id(),
                    () -> outbox.renew(entry.id(), entry.leaseToken(), clock.millis() + leaseMillis))) {
                if (deliver(entry)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    private boolean deliver(OutboxEntry entry) {
        ChannelSender sender = senders.get(entry.channel());
        if (sender == null) {
            fail(entry, "channel " + entry.channel() + " is not configured");
            return false;
        }
        SendResult result;
        try {
            Outgoing outbound = codec.decode(entry.payload());
            result = outbound.isCardUpdate()
                    ? sender.updateCard(entry.recipient(), outbound.promptId(), outbound.responseCode(),
                    (Card) outbound.message(), progress(entry))
                    : sender.send(entry.recipient(), outbound.message(), progress(entry));
        } catch (IllegalArgumentException e) {
            result = new SendResult.Permanent("unreadable payload: " + e.getMessage());
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            result = Failures.isUnavailable(e) ? SendResult.Retry.unavailable(Duration.ZERO, error)
                    : new SendResult.Retry(Duration.ZERO, error);
        }
        if (result instanceof SendResult.Sent) {
            if (!outbox.markSent(entry.id(), entry.leaseToken(), clock.millis())) {
                LOG.warning(() -> "outbox " + entry.id() + " was sent after its lease was taken over");
            }
            listener.sent(entry.channel());
            return true;
        }
        if (result instanceof SendResult.Retry r) {
            retryOrFail(entry, r);
            return false;
        }
        fail(entry, ((SendResult.Permanent) result).error());
        return false;
    }

    private void retryOrFail(OutboxEntry entry, SendResult.Retry r) {
        long now = clock.millis();
        if (r.unavailable()) {
            long waited = now - entry.createdAt();
            if (retry.givenUp(waited)) {
                fail(entry, "unavailable for " + Duration.ofMillis(waited) + ": " + r.error());
                return;
            }
            Duration delay = RetryPolicy.withJitter(retry.delayWhileUnavailable(waited, r.after()),
                    random.getAsDouble());
            outbox.reschedule(entry.id(), entry.leaseToken(), now + delay.toMillis(), r.error(), false);
            listener.unavailable(entry.channel());
            return;
        }
        int attempts = entry.attempts() + 1;
        if (retry.exhausted(attempts)) {
            fail(entry, "gave up after " + attempts + " attempts: " + r.error());
            return;
        }
        Duration delay = RetryPolicy.withJitter(retry.delayAfter(attempts, r.after()), random.getAsDouble());
        outbox.reschedule(entry.id(), entry.leaseToken(), now + delay.toMillis(), r.error(), true);
        listener.retried(entry.channel());
    }

    private SendProgress progress(OutboxEntry entry) {
        return new SendProgress() {
            @Override
            public String key() {
                return "outbox-" + entry.id();
            }

            @Override
            public int partsDone() {
                return entry.partsDone();
            }

            @Override
            public boolean partSent(int partsDone) {
                return outbox.markPartsDone(entry.id(), entry.leaseToken(), partsDone);
            }
        };
    }

    private void fail(OutboxEntry entry, String error) {
        outbox.markFailed(entry.id(), entry.leaseToken(), error);
        listener.failed(entry.channel());
        LOG.severe(() -> "outbox " + entry.id() + " to " + entry.channel() + ":" + entry.recipient()
                + " failed permanently: " + error);
    }

    @Override
    public void close() {
        keeper.close();
    }

    /** Observes outcomes (metrics). */
    public interface DeliveryListener {
        DeliveryListener NONE = new DeliveryListener() {
        };

        default void sent(String channel) {
        }

        default void retried(String channel) {
        }

        /** The platform was unavailable (rate limit, outage): rescheduled without spending an attempt. */
        default void unavailable(String channel) {
        }

        default void failed(String channel) {
        }
    }
}
