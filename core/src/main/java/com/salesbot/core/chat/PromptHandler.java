package com.salesbot.core.chat;

import com.salesbot.core.chat.dialog.PromptKind;
import com.salesbot.core.chat.dialog.PromptState;
import java.util.List;

/** Continues a dialog of one prompt kind: a tap on its card, typed text while it has the focus, or a stale tap. */
public interface PromptHandler {
    PromptKind kind();

    List<Reply> onAction(ChatRequest request, PromptState prompt, String actionKey);

    List<Reply> onText(ChatRequest request, PromptState prompt);

    /** A tap on a card whose prompt is no longer kept. */
    List<Reply> onExpired(ChatRequest request, String promptId);
}
