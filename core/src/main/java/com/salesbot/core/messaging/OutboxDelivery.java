package com.salesbot.core.messaging;

import com.salesbot.core.card.Card;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Step 5 of the message life cycle: delivers due outbox rows through their channel, retries transient failures
 * with backoff, and keeps permanent failures as FAILED rows with their error. Nothing is dropped silently.
 */
public final class OutboxDelivery {
    private static final Logger LOG = Logger.getLogger(OutboxDelivery.class.getName());

    private final OutboxStore outbox;
    private final Map<String, ChannelSender> senders;
    private final OutboundCodec codec;
    private final RetryPolicy retry;
    private final Clock clock;
    private final String owner;
    private final long leaseMillis;
    private final DeliveryListener listener;

    public OutboxDelivery(OutboxStore outbox, List<ChannelSender> senders, OutboundCodec codec, RetryPolicy retry,
                          Clock clock, String owner, long leaseMillis, DeliveryListener listener) {
        this.outbox = outbox;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.codec = codec;
        this.retry = retry;
        this.clock = clock;
        this.owner = owner;
        this.leaseMillis = leaseMillis;
        this.listener = listener == null ? DeliveryListener.NONE : listener;
    }

    /** Delivers up to max due rows; returns how many were sent. */
    public int deliverDue(int max) {
        int sent = 0;
        for (OutboxEntry entry : outbox.claimDue(owner, max, clock.millis(), leaseMillis)) {
            if (deliver(entry)) {
                sent++;
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
                    (Card) outbound.message())
                    : sender.send(entry.recipient(), outbound.message());
        } catch (IllegalArgumentException e) {
            result = new SendResult.Permanent("unreadable payload: " + e.getMessage());
        } catch (RuntimeException e) {
            result = new SendResult.Retry(Duration.ZERO, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (result instanceof SendResult.Sent) {
            outbox.markSent(entry.id(), clock.millis());
            listener.sent(entry.channel());
            return true;
        }
        if (result instanceof SendResult.Retry r) {
            int attempts = entry.attempts() + 1;
            if (retry.exhausted(attempts)) {
                fail(entry, "gave up after " + attempts + " attempts: " + r.error());
            } else {
                long next = clock.millis() + retry.delayAfter(attempts, r.after()).toMillis();
                outbox.reschedule(entry.id(), next, r.error());
                listener.retried(entry.channel());
            }
            return false;
        }
        fail(entry, ((SendResult.Permanent) result).error());
        return false;
    }

    private void fail(OutboxEntry entry, String error) {
        outbox.markFailed(entry.id(), error);
        listener.failed(entry.channel());
        LOG.severe(() -> "outbox " + entry.id() + " to " + entry.channel() + ":" + entry.recipient()
                + " failed permanently: " + error);
    }

    /** Observes outcomes (metrics). */
    public interface DeliveryListener {
        DeliveryListener NONE = new DeliveryListener() {
        };

        default void sent(String channel) {
        }

        default void retried(String channel) {
        }

        default void failed(String channel) {
        }
    }
}
