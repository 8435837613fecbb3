package com.salesbot.bot.wiring;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.messaging.InboundHandler;
import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.messaging.Outbound;
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
    public List<Outbound> handle(InboundMessage message) {
        List<Outbound> out = new ArrayList<>();
        for (Reply reply : engine.handle(message)) {
            out.add(toOutbound(message, reply));
        }
        return out;
    }

    static Outbound toOutbound(InboundMessage message, Reply reply) {
        if (message.kind() == InboundKind.CARD_ACTION && reply.message() instanceof Card card
                && card.promptId() != null && card.promptId().equals(message.promptId())
                && reply.channel().equals(message.channel())) {
            return Outbound.updateCard(reply.channel(), reply.recipient(), card, card.promptId(),
                    message.responseCode());
        }
        return Outbound.send(reply.channel(), reply.recipient(), reply.message());
    }
}
