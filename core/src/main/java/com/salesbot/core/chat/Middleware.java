package com.salesbot.core.chat;

import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outgoing;
import java.util.List;

/** A step every inbound message passes before its handler, like Bolt's middleware. */
@FunctionalInterface
public interface Middleware {
    List<Outgoing> apply(ChatRequest request, Next next);

    /**
     * Called once on the handling thread before a batch of messages runs through the chain there, e.g. to look up
     * what all of them need in one query; the scope is closed after the batch. Default: nothing.
     */
    default Scope prepare(List<InboundMessage> batch) {
        return Scope.NONE;
    }

    /** What {@link #prepare} set up for one batch; closing it forgets it. */
    @FunctionalInterface
    interface Scope extends AutoCloseable {
        Scope NONE = () -> { };

        @Override
        void close();
    }

    /** The rest of the chain. */
    @FunctionalInterface
    interface Next {
        List<Outgoing> proceed(ChatRequest request);
    }
}
