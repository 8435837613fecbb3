package com.salesbot.core.chat;

import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outgoing;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The channel-neutral conversation engine shared by WeCom, DingTalk and the sandbox. A message runs through the
 * middleware chain (in the order given: ignore own/empty, resolve the sender, ...) and then the router, which
 * hands it to whatever a {@link ChatFeature} registered. The engine constructs no feature: the features are handed
 * in, registered in list order (which is also the order of the help menu). Framework-free: the bot wires it.
 */
public final class ConversationEngine {
    private final Clock clock;
    private final List<Middleware> middleware;
    private final List<ChatFeature> features;
    private final Router router;

    /**
     * @param middleware the ordered chain every message passes before the router
     * @param features   registered in this order; a phrase or prompt kind registered twice fails here
     */
    public ConversationEngine(List<Middleware> middleware, List<ChatFeature> features, DialogStore dialogs,
                              Clock clock) {
        this.clock = clock;
        this.middleware = List.copyOf(middleware);
        this.features = List.copyOf(features);
        this.router = new Router(dialogs);
        for (ChatFeature feature : this.features) {
            feature.register(router);
        }
    }

    /** Answers one decoded message; never silent for a person, empty only for the bot's own or empty events. */
    public List<Outgoing> handle(InboundMessage message) {
        return next(0).proceed(ChatRequest.of(message, clock.millis()));
    }

    /**
     * Answers several messages of different senders in order (one inbox batch): each as {@link #handle}, with the
     * middleware prepared once for the batch (the senders, for one, are looked up together).
     */
    public List<List<Outgoing>> handleAll(List<InboundMessage> messages) {
        List<Middleware.Scope> scopes = new ArrayList<>();
        try {
            for (Middleware m : middleware) {
                scopes.add(m.prepare(messages));
            }
            return messages.stream().map(this::handle).toList();
        } finally {
            scopes.forEach(Middleware.Scope::close);
        }
    }

    private Middleware.Next next(int index) {
        if (index == middleware.size()) {
            return router::route;
        }
        return request -> middleware.get(index).apply(request, next(index + 1));
    }

    /** The registered feature of this type; fails when none was handed to the engine. */
    public <T extends ChatFeature> T feature(Class<T> type) {
        return features.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " is not registered"));
    }
}
