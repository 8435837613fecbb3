package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.ConversationMapper;
import com.salesbot.adapters.mysql.mapper.GeneratedKey;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.port.ConversationStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Conversations and chat messages in MySQL/H2; messages are idempotent on (channel, client message id). */
@Singleton
public class MyBatisConversationStore implements ConversationStore {
    private final ConversationMapper mapper;

    public MyBatisConversationStore(ConversationMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Optional<ChatMessage> appendMessage(ChatMessage message) {
        GeneratedKey key = new GeneratedKey();
        try {
            mapper.insertMessage(message, key);
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicate(e)) {
                return Optional.empty();
            }
            throw e;
        }
        return Optional.of(new ChatMessage(key.getId(), message.conversationId(), message.channel(),
                message.clientMsgId(), message.repId(), message.customerId(), message.direction(), message.sentAt(),
                message.text(), message.tags()));
    }

    /** @throws NoSuchElementException when updating an id that does not exist */
    @Override
    @Transactional
    public Conversation saveConversation(Conversation conversation) {
        if (conversation.id() != 0) {
            if (mapper.updateConversation(conversation) == 0) {
                throw new NoSuchElementException("no conversation " + conversation.id());
            }
            return conversation;
        }
        GeneratedKey key = new GeneratedKey();
        mapper.insertConversation(conversation, key);
        return new Conversation(key.getId(), conversation.repId(), conversation.customerId(), conversation.channel(),
                conversation.startedAt(), conversation.lastMessageAt(), conversation.messageCount(),
                conversation.tags());
    }

    @Override
    @ReadOnly
    public Optional<Conversation> latestOf(String repId, String customerId) {
        return Optional.ofNullable(mapper.latestOf(repId, customerId));
    }

    @Override
    @ReadOnly
    public List<ChatMessage> messagesOf(long conversationId) {
        return mapper.messagesOf(conversationId);
    }
}
