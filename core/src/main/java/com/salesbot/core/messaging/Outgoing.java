package com.salesbot.core.messaging;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.model.Require;

/**
 * Something the bot sends: on which channel, to whom, what; the one type for an engine reply, a push the bot
 * starts on its own and an outbox delivery.
 *
 * @param channel      wecom, dingtalk or sandbox
 * @param recipient    platform user id of the person
 * @param message      what to send; for a card update, the new card
 * @param dedupeKey    makes queueing idempotent (the outbox keeps one row per key), e.g.
 *                     {@code digest:2026-11-27:team-a:m1}; null when the sender needs no dedupe (an inbox reply gets
 *                     one from its event id). Not part of the outbox payload.
 * @param promptId     for a card update: the card's task id / out-track id, else null
 * @param responseCode for a WeCom card update: the click's response_code, else null
 */
public record Outgoing(String channel, String recipient, OutgoingMessage message, String dedupeKey, String promptId,
                       String responseCode) {
    public Outgoing {
        Require.text(channel, "channel");
        Require.text(recipient, "recipient");
        Require.present(message, "message");
        if (dedupeKey != null) {
            Require.text(dedupeKey, "dedupe key");
        }
    }

    /** A new message to a person, without a dedupe key. */
    public Outgoing(String channel, String recipient, OutgoingMessage message) {
        this(channel, recipient, message, null, null, null);
    }

    public static Outgoing send(String channel, String recipient, OutgoingMessage message) {
        return new Outgoing(channel, recipient, message);
    }

    /** The replacement of a card already shown. */
    public static Outgoing updateCard(String channel, String recipient, Card card, String promptId,
                                      String responseCode) {
        return new Outgoing(channel, recipient, card, null, Require.text(promptId, "prompt id"), responseCode);
    }

    /** The same message, queued at most once under {@code dedupeKey}. */
    public static Outgoing keyed(String dedupeKey, Outgoing message) {
        return message.withDedupeKey(Require.text(dedupeKey, "dedupe key"));
    }

    public Outgoing withDedupeKey(String key) {
        return new Outgoing(channel, recipient, message, key, promptId, responseCode);
    }

    public boolean isCardUpdate() {
        return promptId != null && message instanceof Card;
    }
}
