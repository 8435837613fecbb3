package com.salesbot.core.tagging;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.port.ConversationStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** ConversationStore fake with the same idempotency as the MySQL store: unique on (channel, clientMsgId). */
final class InMemoryConversationStore implements ConversationStore {
    final Map<String, ChatMessage> messages = new LinkedHashMap<>();
    final Map<Long, Conversation> conversations = new LinkedHashMap<>();
    private long nextId = 1;

    @Override
    public Optional<ChatMessage> appendMessage(ChatMessage m) {
        String key = m.channel() + "\n" + m.clientMsgId();
        if (messages.containsKey(key)) {
            return Optional.empty();
        }
        ChatMessage stored = new ChatMessage(nextId++, m.conversationId(), m.channel(), m.clientMsgId(), m.repId(),
                m.customerId(), m.direction(), m.sentAt(), m.text(), m.tags());
        messages.put(key, stored);
        return Optional.of(stored);
    }

    @Override
    public Conversation saveConversation(Conversation c) {
        if (c.id() != 0) {
            if (!conversations.containsKey(c.id())) {
                throw new NoSuchElementException("no conversation " + c.id());
            }
            conversations.put(c.id(), c);
            return c;
        }
        Conversation saved = new Conversation(nextId++, c.repId(), c.customerId(), c.channel(), c.startedAt(),
                c.lastMessageAt(), c.messageCount(), c.tags());
        conversations.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Optional<Conversation> latestOf(String repId, String customerId) {
        return conversations.values().stream()
                .filter(c -> c.repId().equals(repId) && c.customerId().equals(customerId))
                .max(Comparator.comparingLong(Conversation::lastMessageAt).thenComparingLong(Conversation::id));
    }

    @Override
    public List<ChatMessage> messagesOf(long conversationId) {
        return new ArrayList<>(messages.values().stream().filter(m -> m.conversationId() == conversationId)
                .toList());
    }
}
