package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.port.ConversationStore.RepCustomer;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for conversations and chat messages (ConversationMapper.xml). */
public interface ConversationMapper {
    void insertMessage(@Param("message") ChatMessage message, @Param("key") GeneratedKey key);

    List<String> existingClientMsgIds(@Param("channel") String channel, @Param("ids") List<String> ids);

    void insertConversation(@Param("conversation") Conversation conversation, @Param("key") GeneratedKey key);

    int updateConversation(Conversation conversation);

    Conversation latestOf(@Param("repId") String repId, @Param("customerId") String customerId);

    /** The conversations at the latest last message of each pair (several when tied; the caller keeps the highest id). */
    List<Conversation> latestOfEach(@Param("pairs") List<RepCustomer> pairs);

    List<ChatMessage> messagesOf(long conversationId);
}
