package com.salesbot.core.messaging;

import com.salesbot.core.card.OutgoingMessage;

/**
 * The one way to queue a message in the outbox: encodes it and enqueues it as a new row (delivery, rate limits,
 * retries and visible failures are the outbox sender's). Every flow that starts or answers a conversation writes
 * through this class.
 */
public final class OutboxWriter {
    private final OutboxStore outbox;
    private final OutboundCodec codec;

    public OutboxWriter(OutboxStore outbox, OutboundCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    /**
     * Queues a new message to a person.
     *
     * @param dedupeKey makes the enqueue idempotent (one row per key); null when the caller needs no dedupe
     * @param dueAt     when the message may go out at the earliest (epoch millis)
     * @return the outbox row id (the existing row's when the dedupe key was already queued)
     */
    public long send(String channel, String recipient, OutgoingMessage message, String dedupeKey, long dueAt) {
        return write(Outgoing.send(channel, recipient, message), dedupeKey, dueAt);
    }

    /** Queues a delivery as it is: a new message or the in-place update of a card already shown. */
    public long write(Outgoing outbound, String dedupeKey, long dueAt) {
        return outbox.enqueue(outbound.channel(), outbound.recipient(), codec.encode(outbound), dedupeKey, dueAt);
    }
}
