package com.salesbot.core.chat;

import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import java.util.List;
import java.util.Optional;

/** Where a message the bot starts on its own goes: the first configured channel the person has an id on. */
public final class RecipientDirectory {
    private final List<String> channels;

    public RecipientDirectory(List<String> channels) {
        this.channels = List.copyOf(channels);
    }

    public Optional<Outgoing> to(Rep rep, OutgoingMessage message) {
        for (String channel : channels) {
            String id = switch (channel) {
                case "wecom" -> rep.wecomUserId();
                case "dingtalk" -> rep.dingtalkStaffId();
                case "sandbox" -> rep.id();
                default -> null;
            };
            if (id != null && !id.isBlank()) {
                return Optional.of(new Outgoing(channel, id, message));
            }
        }
        return Optional.empty();
    }
}
