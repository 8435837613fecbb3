package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.messaging.OutboxEntry;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for the outbox (OutboxMapper.xml). A row is leased while lease_until is after now. */
public interface OutboxMapper {
    void insert(@Param("channel") String channel, @Param("recipient") String recipient,
                @Param("payload") String payload, @Param("dedupeKey") String dedupeKey, @Param("now") long now,
                @Param("key") GeneratedKey key);

    /** Locking read, so it sees a row that a concurrent transaction has just committed. */
    Long idOfDedupeKeyForUpdate(String dedupeKey);

    List<Long> dueCandidates(@Param("now") long now, @Param("max") int max);

    int lease(@Param("ids") List<Long> ids, @Param("owner") String owner, @Param("token") String token,
              @Param("now") long now, @Param("until") long until);

    List<OutboxEntry> leasedBy(String token);

    int markSent(@Param("id") long id, @Param("at") long at);

    int reschedule(@Param("id") long id, @Param("nextAttemptAt") long nextAttemptAt, @Param("error") String error);

    int markFailed(@Param("id") long id, @Param("error") String error);

    long count(MessageStatus status);

    List<OutboxEntry> failed(int max);
}
