package com.salesbot.core.chat;

import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.messaging.Outgoing;
import java.util.List;

/**
 * Continues a dialog of one prompt kind: a tap on its card, typed text while it has the focus, or a stale tap.
 * Registered by the feature that owns the kind with {@link ChatRoutes#prompt}.
 */
public interface PromptHandler {
    /**
     * The kind this handler owns: a short prefix without '-' ("r", "c", "l"); every prompt id of the kind is
     * {@code <kind>-...}. Two handlers may not own one kind.
     */
    String kind();

    List<Outgoing> onAction(ChatRequest request, PromptState prompt, String actionKey);

    List<Outgoing> onText(ChatRequest request, PromptState prompt);

    /** A tap on a card whose prompt is no longer kept. */
    List<Outgoing> onExpired(ChatRequest request, String promptId);
}
