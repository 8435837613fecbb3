package com.salesbot.core.messaging;

import java.util.List;

/**
 * A channel-neutral message from a person, decoded from a verified callback.
 *
 * @param eventId          the platform's message/event identity (dedupe key within the channel)
 * @param senderPlatformId WeCom userid / DingTalk staffId of the sender
 * @param text             typed text, @mentions stripped, trimmed; null for non-text
 * @param promptId         for CARD_ACTION: the card's task id / out-track id
 * @param actionKey        for CARD_ACTION: the tapped button key
 * @param selected         for CARD_ACTION: selected option ids, empty when none
 * @param responseCode     WeCom response_code for updating the card once; DingTalk: the clicked card's outTrackId
 * @param replyAddress     channel-specific reply hint (DingTalk sessionWebhook or conversation id), may be null
 * @param groupChat        true when it came from a group chat
 * @param groupId          the platform's id of the group a group-chat message came from (DingTalk conversationId),
 *                         null for single chats and where the decoder does not know it
 */
public record InboundMessage(String channel, String eventId, String senderPlatformId, InboundKind kind, String text,
                             String promptId, String actionKey, List<String> selected, String responseCode,
                             String replyAddress, boolean groupChat, long receivedAt, String groupId) {
    public InboundMessage {
        selected = selected == null ? List.of() : List.copyOf(selected);
    }

    /** Without a group id (single chats, card actions, decoders that do not know it). */
    public InboundMessage(String channel, String eventId, String senderPlatformId, InboundKind kind, String text,
                          String promptId, String actionKey, List<String> selected, String responseCode,
                          String replyAddress, boolean groupChat, long receivedAt) {
        this(channel, eventId, senderPlatformId, kind, text, promptId, actionKey, selected, responseCode,
                replyAddress, groupChat, receivedAt, null);
    }
}
