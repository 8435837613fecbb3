package com.salesbot.core.card;

import com.salesbot.core.model.Require;

/** Plain text. */
public record TextMessage(String text) implements OutgoingMessage {
    public TextMessage {
        Require.text(text, "text");
    }
}
