package com.salesbot.core.chat;

import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.card.TextMessage;
import com.salesbot.core.chat.text.TextNormalizer;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import java.util.Arrays;
import java.util.List;

/**
 * One inbound message on its way through the engine.
 *
 * @param sender the person behind it, null until the sender middleware resolved it
 * @param text   the typed text normalised (full-width folded, @mentions dropped), "" for non-text
 * @param now    epoch ms, read once from the engine's clock
 */
public record ChatRequest(InboundMessage message, Rep sender, String text, long now) {
    public static ChatRequest of(InboundMessage message, long now) {
        return new ChatRequest(message, null, TextNormalizer.normalize(message.text()), now);
    }

    public ChatRequest withSender(Rep rep) {
        return new ChatRequest(message, rep, text, now);
    }

    public String repId() {
        return sender.id();
    }

    /** Replies to the sender on the channel the message came from. */
    public List<Outgoing> reply(OutgoingMessage... messages) {
        return Arrays.stream(messages).map(m -> new Outgoing(message.channel(), message.senderPlatformId(), m)).toList();
    }

    public List<Outgoing> say(String text) {
        return reply(new TextMessage(text));
    }

    /** The answer to a tap whose key the feature does not know (an old card, a forged callback). */
    public List<Outgoing> unknownButton() {
        return say("这个按钮我没认出来。");
    }
}
