package com.salesbot.core.capture;

import com.salesbot.core.fakes.InMemoryConversationStore;
import com.salesbot.core.model.Conversation;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Idle conversations over the in-memory conversation store. */
final class InMemoryIdleConversations implements IdleConversations {
    final Map<Long, Long> closed = new HashMap<>();
    private final InMemoryConversationStore store;

    InMemoryIdleConversations(InMemoryConversationStore store) {
        this.store = store;
    }

    @Override
    public synchronized List<Conversation> openIdle(long lastMessageBefore, int limit) {
        return store.conversations.values().stream()
                .filter(c -> !closed.containsKey(c.id()) && c.lastMessageAt() < lastMessageBefore)
                .sorted(Comparator.comparingLong(Conversation::lastMessageAt).thenComparingLong(Conversation::id))
                .limit(limit).toList();
    }

    @Override
    public synchronized void markClosed(long conversationId, long closedAt) {
        closed.putIfAbsent(conversationId, closedAt);
    }
}
