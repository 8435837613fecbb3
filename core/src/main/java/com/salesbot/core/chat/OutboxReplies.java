package com.salesbot.core.chat;

import com.salesbot.core.messaging.Outbound;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.messaging.OutboxStore;

/** Queues a reply of the engine in the outbox as a new message (delivery, retries and failures are the sender's). */
public final class OutboxReplies {
    private final OutboxStore outbox;
    private final OutboundCodec codec;

    public OutboxReplies(OutboxStore outbox, OutboundCodec codec) {
        this.outbox = outbox;
        this.codec = codec;
    }

    /** @param dedupeKey makes the enqueue idempotent; null when the caller needs no dedupe */
    public long enqueue(Reply reply, String dedupeKey, long at) {
        return outbox.enqueue(reply.channel(), reply.recipient(),
                codec.encode(Outbound.send(reply.channel(), reply.recipient(), reply.message())), dedupeKey, at);
    }
}
