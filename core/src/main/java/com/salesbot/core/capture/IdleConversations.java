package com.salesbot.core.capture;

import com.salesbot.core.model.Conversation;
import java.util.List;

/** Conversations that have gone quiet and have not been turned into a touch yet (R23 chat touches). */
public interface IdleConversations {
    /** Open (not yet closed) conversations whose last message is before {@code lastMessageBefore}, oldest first. */
    List<Conversation> openIdle(long lastMessageBefore, int limit);

    /** Marks a conversation closed: it is not offered by {@link #openIdle} again. */
    void markClosed(long conversationId, long closedAt);
}
