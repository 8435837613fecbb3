package com.salesbot.core.messaging;

import java.util.List;

/** What the bot does with one decoded message: the replies to deliver (the conversation engine). */
@FunctionalInterface
public interface InboundHandler {
    List<Outgoing> handle(InboundMessage message);
}
