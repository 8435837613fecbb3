package com.salesbot.core.port;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import java.util.List;
import java.util.Optional;

/** Customer conversations and their messages (R16). */
public interface ConversationStore {
    /**
     * Stores a message; idempotent on (channel, clientMsgId).
     *
     * @return the stored message with its id, or empty when it was a duplicate
     */
    Optional<ChatMessage> appendMessage(ChatMessage message);

    /** Inserts (id 0) or updates a conversation and returns it with its id. */
    Conversation saveConversation(Conversation conversation);

    Optional<Conversation> latestOf(String repId, String customerId);

    List<ChatMessage> messagesOf(long conversationId);
}
