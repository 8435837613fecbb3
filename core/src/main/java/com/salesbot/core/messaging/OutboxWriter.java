package com.salesbot.core.messaging;

import java.util.List;

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
     * Queues a message: new, or the in-place update of a card already shown. Idempotent per the message's dedupe
     * key (one row per key); a message without one is always a new row.
     *
     * @param dueAt when the message may go out at the earliest (epoch millis)
     * @return the outbox row id (the existing row's when the dedupe key was already queued)
     */
    public long enqueue(Outgoing message, long dueAt) {
        return outbox.enqueue(message.channel(), message.recipient(), codec.encode(message), message.dedupeKey(),
                dueAt);
    }

    /** Queues several messages in order, as {@link #enqueue} each, with one statement where the store allows. */
    public void enqueueAll(List<Outgoing> messages, long dueAt) {
        if (messages.size() == 1) {
            enqueue(messages.get(0), dueAt);
        } else if (!messages.isEmpty()) {
            outbox.enqueueAll(messages.stream().map(m -> new OutboxStore.NewMessage(m.channel(), m.recipient(),
                    codec.encode(m), m.dedupeKey(), dueAt)).toList());
        }
    }
}
