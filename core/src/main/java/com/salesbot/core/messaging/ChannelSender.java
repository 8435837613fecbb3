package com.salesbot.core.messaging;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;

/** Delivers messages on one platform. Implementations never throw for delivery errors: they classify them. */
public interface ChannelSender {
    /** wecom, dingtalk or sandbox. */
    String channel();

    SendResult send(String recipient, OutgoingMessage message);

    /**
     * Sends one outbox row, skipping the parts earlier tries already delivered and reporting each part as it goes
     * out. Senders whose messages are always one call keep the default.
     */
    default SendResult send(String recipient, OutgoingMessage message, SendProgress progress) {
        return send(recipient, message);
    }

    /** Replaces a card already shown, e.g. after a button was tapped. */
    SendResult updateCard(String recipient, String promptId, String responseCode, Card card);

    /**
     * Replaces a card as one outbox row whose update may be followed by further messages (the text a greyed card
     * cannot show): parts already delivered are skipped, so a retry never presents a used response code again.
     * Senders whose update is always one call keep the default.
     */
    default SendResult updateCard(String recipient, String promptId, String responseCode, Card card,
                                  SendProgress progress) {
        return updateCard(recipient, promptId, responseCode, card);
    }
}
