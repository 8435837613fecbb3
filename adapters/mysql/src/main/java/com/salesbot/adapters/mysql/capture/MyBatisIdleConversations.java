package com.salesbot.adapters.mysql.capture;

import com.salesbot.core.capture.IdleConversations;
import com.salesbot.core.model.Conversation;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/** Idle conversations in MySQL/H2 ({@code conversations.closed_at}). */
@Singleton
public class MyBatisIdleConversations implements IdleConversations {
    private final CaptureMapper mapper;

    public MyBatisIdleConversations(CaptureMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @ReadOnly
    public List<Conversation> openIdle(long lastMessageBefore, int limit) {
        return mapper.openIdle(lastMessageBefore, limit).stream()
                .map(r -> new Conversation(r.id(), r.repId(), r.customerId(), r.channel(), r.startedAt(),
                        r.lastMessageAt(), r.messageCount(), List.of()))
                .toList();
    }

    @Override
    @Transactional
    public void markClosed(long conversationId, long closedAt) {
        mapper.markClosed(conversationId, closedAt);
    }
}
