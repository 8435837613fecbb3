package com.salesbot.core.chat;

import java.util.List;

/** A step every inbound message passes before its handler, like Bolt's middleware. */
@FunctionalInterface
public interface Middleware {
    List<Reply> apply(ChatRequest request, Next next);

    /** The rest of the chain. */
    @FunctionalInterface
    interface Next {
        List<Reply> proceed(ChatRequest request);
    }
}
