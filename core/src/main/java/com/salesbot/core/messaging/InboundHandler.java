package com.salesbot.core.messaging;

import java.util.List;

/** What the bot does with one decoded message: the replies to deliver (the conversation engine). */
@FunctionalInterface
public interface InboundHandler {
    List<Outgoing> handle(InboundMessage message);

    /**
     * Handles several messages of different senders, in order (one inbox batch, one transaction); element i holds
     * the replies to messages[i]. A handler may share lookups between them; the default handles them one by one.
     */
    default List<List<Outgoing>> handleAll(List<InboundMessage> messages) {
        return messages.stream().map(this::handle).toList();
    }
}
