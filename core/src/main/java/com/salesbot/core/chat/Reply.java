package com.salesbot.core.chat;

import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.model.Require;

/** Something the engine wants delivered: on which channel, to whom (platform user id), what. */
public record Reply(String channel, String recipient, OutgoingMessage message) {
    public Reply {
        Require.text(channel, "channel");
        Require.text(recipient, "recipient");
        Require.present(message, "message");
    }
}
