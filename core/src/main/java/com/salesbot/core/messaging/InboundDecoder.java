package com.salesbot.core.messaging;


/** Turns a verified payload stored in the inbox back into a channel-neutral message. */
public interface InboundDecoder {
    String channel();

    /** @throws IllegalArgumentException when the payload is not a message of this channel */
    InboundMessage decode(String payload);
}
