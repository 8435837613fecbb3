package com.salesbot.core.messaging;

/** Turns an Outgoing into the outbox payload and back (JSON in practice; core has no JSON library). */
public interface OutboundCodec {
    String encode(Outgoing outbound);

    /** @throws IllegalArgumentException when the payload cannot be read */
    Outgoing decode(String payload);
}
