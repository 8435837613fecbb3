package com.salesbot.core.archive;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.port.ConversationStore;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** ConversationStore fake, unique on (channel, clientMsgId) like the MySQL store. */
final class ArchiveConversationStore implements ConversationStore {
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

    // no @Override: the port gained this method recently; the fake compiles with and without it
    public Set<String> existingClientMsgIds(String channel, Collection<String> clientMsgIds) {
        return clientMsgIds.stream().filter(id -> messages.containsKey(channel + "\n" + id))
                .collect(Collectors.toSet());
    }

    @Override
    public Conversation saveConversation(Conversation c) {
        Conversation saved = c.id() != 0 ? c : new Conversation(nextId++, c.repId(), c.customerId(), c.channel(),
                c.startedAt(), c.lastMessageAt(), c.messageCount(), c.tags());
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
        return messages.values().stream().filter(m -> m.conversationId() == conversationId).toList();
    }
}
