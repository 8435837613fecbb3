package com.salesbot.core.messaging;

/** Turns an Outbound into the outbox payload and back (JSON in practice; core has no JSON library). */
public interface OutboundCodec {
    String encode(Outbound outbound);

    /** @throws IllegalArgumentException when the payload cannot be read */
    Outbound decode(String payload);
}
