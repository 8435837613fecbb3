package com.salesbot.core.messaging;

import com.salesbot.core.card.Card;
import com.salesbot.core.card.OutgoingMessage;

/** Delivers messages on one platform. Implementations never throw for delivery errors: they classify them. */
public interface ChannelSender {
    /** wecom, dingtalk or sandbox. */
    String channel();

    SendResult send(String recipient, OutgoingMessage message);

    /** Replaces a card already shown, e.g. after a button was tapped. */
    SendResult updateCard(String recipient, String promptId, String responseCode, Card card);
}
