package com.salesbot.core.model;

import java.util.List;

/**
 * One message between a rep and a customer.
 *
 * @param id             0 before it is stored
 * @param conversationId 0 until assigned to a conversation
 * @param clientMsgId    the source's message id, unique per channel (idempotent ingestion)
 * @param sentAt         epoch ms
 */
public record ChatMessage(long id, long conversationId, String channel, String clientMsgId, String repId,
                          String customerId, Direction direction, long sentAt, String text, List<TagAssignment> tags) {
    public ChatMessage {
        Require.text(channel, "channel");
        Require.text(clientMsgId, "client message id");
        Require.text(repId, "rep id");
        Require.text(customerId, "customer id");
        Require.present(direction, "direction");
        Require.present(text, "text");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
