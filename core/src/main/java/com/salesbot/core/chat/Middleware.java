package com.salesbot.core.chat;

import com.salesbot.core.messaging.Outgoing;
import java.util.List;

/** A step every inbound message passes before its handler, like Bolt's middleware. */
@FunctionalInterface
public interface Middleware {
    List<Outgoing> apply(ChatRequest request, Next next);

    /** The rest of the chain. */
    @FunctionalInterface
    interface Next {
        List<Outgoing> proceed(ChatRequest request);
    }
}
