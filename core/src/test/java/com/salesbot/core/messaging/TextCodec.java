package com.salesbot.core.messaging;

import com.salesbot.core.card.TextMessage;

/** A test codec for text-only outbounds: channel|recipient|text. */
final class TextCodec implements OutboundCodec {
    @Override
    public String encode(Outgoing outbound) {
        return outbound.channel() + "|" + outbound.recipient() + "|" + ((TextMessage) outbound.message()).text();
    }

    @Override
    public Outgoing decode(String payload) {
        String[] p = payload.split("\\|", 3);
        if (p.length != 3) {
            throw new IllegalArgumentException("bad payload");
        }
        return Outgoing.send(p[0], p[1], new TextMessage(p[2]));
    }
}
