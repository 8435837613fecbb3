package com.salesbot.bot.wiring;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.messaging.InboundHandler;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outgoing;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the engine for one inbox message. A card reply to a button tap that carries the tapped card's prompt id
 * replaces that card in place (WeCom update_template_card / DingTalk card update); everything else is sent new.
 */
@Singleton
public class EngineInboundHandler implements InboundHandler {
    private final ConversationEngine engine;

    public EngineInboundHandler(ConversationEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<Outgoing> handle(InboundMessage message) {
        return outbound(message, engine.handle(message));
    }

    /** One inbox batch: the engine looks the senders up together. */
    @Override
    public List<List<Outgoing>> handleAll(List<InboundMessage> messages) {
        List<List<Outgoing>> replies = engine.handleAll(messages);
        List<List<Outgoing>> out = new ArrayList<>(replies.size());
        for (int i = 0; i < replies.size(); i++) {
            out.add(outbound(messages.get(i), replies.get(i)));
        }
        return out;
    }

    private static List<Outgoing> outbound(InboundMessage message, List<Outgoing> replies) {
        List<Outgoing> out = new ArrayList<>(replies.size());
        for (Outgoing reply : replies) {
            out.add(toOutbound(message, reply));
        }
        return out;
    }

    static Outgoing toOutbound(InboundMessage message, Outgoing reply) {
        if (message.kind() == InboundKind.CARD_ACTION && reply.message() instanceof Card card
                && card.promptId() != null && card.promptId().equals(message.promptId())
                && reply.channel().equals(message.channel())) {
            return Outgoing.updateCard(reply.channel(), reply.recipient(), card, card.promptId(),
                    message.responseCode());
        }
        return Outgoing.send(reply.channel(), reply.recipient(), reply.message());
    }
}
