package com.salesbot.core.chat;

import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.feature.notes.ApplicationNoteFeature;
import com.salesbot.core.feature.result.ResultFeature;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import java.time.Clock;
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
    public List<Reply> handle(InboundMessage message) {
        return next(0).proceed(ChatRequest.of(message, clock.millis()));
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

    /** A touch ended (ingestion API, call archive, calendar): the R2 result card, once per touch. */
    public List<Reply> promptForTouch(Touch touch) {
        return feature(ResultFeature.class).flow().promptForTouch(touch, clock.millis());
    }

    /** R2 reminders due at {@code now}: at most the configured number per touch, then silence. */
    public List<Reply> remindUntagged(long now) {
        return feature(ResultFeature.class).reminders().remindUntagged(now);
    }

    /** R19: a micro-lesson asks the rep for an application note; their next free text will be it. */
    public List<Reply> requestApplicationNote(Rep rep, String lessonId, String lessonTitle) {
        return feature(ApplicationNoteFeature.class).flow().request(rep, lessonId, lessonTitle);
    }

    /** True while the rep still owes an application note, so the reminder schedule knows when to stop. */
    public boolean applicationNotePending(String repId) {
        return feature(ApplicationNoteFeature.class).flow().pending(repId).isPresent();
    }
}
