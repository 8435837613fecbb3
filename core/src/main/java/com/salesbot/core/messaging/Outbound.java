package com.salesbot.core.messaging;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.model.Require;

/**
 * One delivery for the outbox: a new message to a person, or the replacement of a card already shown.
 *
 * @param channel      wecom, dingtalk or sandbox
 * @param recipient    platform user id of the person
 * @param message      what to send; for an update, the new card
 * @param promptId     for an update: the card's task id / out-track id, else null
 * @param responseCode for a WeCom update: the click's response_code, else null
 */
public record Outbound(String channel, String recipient, OutgoingMessage message, String promptId,
                       String responseCode) {
    public Outbound {
        Require.text(channel, "channel");
        Require.text(recipient, "recipient");
        Require.present(message, "message");
    }

    public static Outbound send(String channel, String recipient, OutgoingMessage message) {
        return new Outbound(channel, recipient, message, null, null);
    }

    public static Outbound updateCard(String channel, String recipient, Card card, String promptId,
                                      String responseCode) {
        return new Outbound(channel, recipient, card, Require.text(promptId, "prompt id"), responseCode);
    }

    public boolean isCardUpdate() {
        return promptId != null && message instanceof Card;
    }
}
