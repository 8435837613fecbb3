package com.salesbot.core.chat;

import com.salesbot.core.chat.dialog.PromptState;
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

    List<Reply> onAction(ChatRequest request, PromptState prompt, String actionKey);

    List<Reply> onText(ChatRequest request, PromptState prompt);

    /** A tap on a card whose prompt is no longer kept. */
    List<Reply> onExpired(ChatRequest request, String promptId);
}
