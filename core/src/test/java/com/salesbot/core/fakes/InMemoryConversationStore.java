package com.salesbot.core.fakes;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.port.ConversationStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/** ConversationStore fake with the same idempotency as the MySQL store: unique on (channel, clientMsgId). */
public final class InMemoryConversationStore implements ConversationStore {
    public final Map<String, ChatMessage> messages = new LinkedHashMap<>();
    public final Map<Long, Conversation> conversations = new LinkedHashMap<>();
    private long nextId = 1;
    public int singleAppends;
    public int batchAppends;
    public int lookups;
    /** Makes lookups miss, as if a concurrent writer stored the rows between the lookup and the insert. */
    public boolean lookupsMiss;

    @Override
    public Optional<ChatMessage> appendMessage(ChatMessage m) {
        singleAppends++;
        return append(m);
    }

    @Override
    public Optional<List<ChatMessage>> appendMessages(List<ChatMessage> batch) {
        batchAppends++;
        List<ChatMessage> stored = new ArrayList<>();
        for (ChatMessage m : batch) {
            Optional<ChatMessage> one = append(m);
            if (one.isEmpty()) {
                return Optional.empty();
            }
            stored.add(one.get());
        }
        return Optional.of(stored);
    }

    @Override
    public Set<String> existingClientMsgIds(String channel, Collection<String> clientMsgIds) {
        lookups++;
        Set<String> found = new HashSet<>();
        if (lookupsMiss) {
            return found;
        }
        for (String id : clientMsgIds) {
            if (messages.containsKey(channel + "\n" + id)) {
                found.add(id);
            }
        }
        return found;
    }

    private Optional<ChatMessage> append(ChatMessage m) {
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
                .sorted(java.util.Comparator.comparingLong(ChatMessage::sentAt).thenComparingLong(ChatMessage::id))
                .toList());
    }
}
