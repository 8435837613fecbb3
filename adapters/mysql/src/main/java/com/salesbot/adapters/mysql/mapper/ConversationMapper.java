package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for conversations and chat messages (ConversationMapper.xml). */
public interface ConversationMapper {
    void insertMessage(@Param("message") ChatMessage message, @Param("key") GeneratedKey key);

    List<String> existingClientMsgIds(@Param("channel") String channel, @Param("ids") List<String> ids);

    void insertConversation(@Param("conversation") Conversation conversation, @Param("key") GeneratedKey key);

    int updateConversation(Conversation conversation);

    Conversation latestOf(@Param("repId") String repId, @Param("customerId") String customerId);

    List<ChatMessage> messagesOf(long conversationId);
}
