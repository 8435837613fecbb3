package com.salesbot.core.port;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Stores many messages with batched inserts, inside the caller's transaction. Callers filter known duplicates
     * first ({@link #existingClientMsgIds}); a duplicate that slipped in (a concurrent writer) makes the call return
     * empty, and the caller must then roll its transaction back, because other messages of the list may already
     * have been written.
     *
     * @return the stored messages with their ids, in the given order, or empty when any was a duplicate
     */
    default Optional<List<ChatMessage>> appendMessages(List<ChatMessage> messages) {
        List<ChatMessage> stored = new ArrayList<>(messages.size());
        for (ChatMessage m : messages) {
            Optional<ChatMessage> one = appendMessage(m);
            if (one.isEmpty()) {
                return Optional.empty();
            }
            stored.add(one.get());
        }
        return Optional.of(stored);
    }

    /** The ids among {@code clientMsgIds} that are already stored for {@code channel} (one lookup for a batch). */
    default Set<String> existingClientMsgIds(String channel, Collection<String> clientMsgIds) {
        throw new UnsupportedOperationException("existingClientMsgIds is not implemented by " + getClass().getName());
    }

    /**
     * The latest conversation ({@link #latestOf}) of each of {@code pairs}, in one lookup for a batch; pairs without
     * a conversation are absent from the map.
     */
    default Map<RepCustomer, Conversation> latestOfEach(Collection<RepCustomer> pairs) {
        Map<RepCustomer, Conversation> latest = new LinkedHashMap<>();
        for (RepCustomer pair : pairs) {
            latestOf(pair.repId(), pair.customerId()).ifPresent(c -> latest.put(pair, c));
        }
        return latest;
    }

    /**
     * Inserts (id 0) or updates each conversation like {@link #saveConversation}, with batched statements inside the
     * caller's transaction. New conversations get ids in list order.
     *
     * @return the conversations with their ids, in the given order
     * @throws java.util.NoSuchElementException when updating an id that does not exist (the caller rolls back)
     */
    default List<Conversation> saveConversations(List<Conversation> conversations) {
        List<Conversation> saved = new ArrayList<>(conversations.size());
        for (Conversation c : conversations) {
            saved.add(saveConversation(c));
        }
        return saved;
    }

    /** A rep and a customer: the key of their conversations. */
    record RepCustomer(String repId, String customerId) {
    }
}
