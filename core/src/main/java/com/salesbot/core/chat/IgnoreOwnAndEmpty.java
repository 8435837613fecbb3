package com.salesbot.core.chat;

import com.salesbot.core.messaging.InboundKind;
import com.salesbot.core.messaging.Outgoing;
import java.util.List;
import java.util.Set;

/** Drops the bot's own messages, platform events with nothing to answer and text messages with no text. */
public final class IgnoreOwnAndEmpty implements Middleware {
    private final Set<String> botIds;

    /** @param botIds "channel:platformId" of the bot's own accounts, e.g. "dingtalk:robot-code" */
    public IgnoreOwnAndEmpty(Set<String> botIds) {
        this.botIds = Set.copyOf(botIds);
    }

    @Override
    public List<Outgoing> apply(ChatRequest request, Next next) {
        var message = request.message();
        if (message.senderPlatformId() == null || message.senderPlatformId().isBlank()
                || botIds.contains(message.channel() + ":" + message.senderPlatformId())
                || message.kind() == InboundKind.OTHER
                || (message.kind() == InboundKind.TEXT && request.text().isEmpty())
                || (message.kind() == InboundKind.CARD_ACTION && message.promptId() == null)) {
            return List.of();
        }
        return next.proceed(request);
    }
}
