package com.salesbot.core.model;

import java.util.List;

/**
 * The messages between one rep and one customer, split by an idle gap (R16).
 *
 * @param id 0 before it is stored
 */
public record Conversation(long id, String repId, String customerId, String channel, long startedAt,
                           long lastMessageAt, int messageCount, List<TagAssignment> tags) {
    public Conversation {
        Require.text(repId, "rep id");
        Require.text(customerId, "customer id");
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
