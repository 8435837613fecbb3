package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.messaging.OutboxEntry;
import com.salesbot.core.messaging.OutboxStore;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for the outbox (OutboxMapper.xml). A row is leased while lease_until is after now. */
public interface OutboxMapper {
    void insert(@Param("channel") String channel, @Param("recipient") String recipient,
                @Param("payload") String payload, @Param("dedupeKey") String dedupeKey, @Param("now") long now,
                @Param("key") GeneratedKey key);

    /** One multi-row INSERT in list order; fails as a whole when a dedupe key is already there. */
    void insertAll(@Param("rows") List<OutboxStore.NewMessage> rows);

    /**
     * The id of the row holding a dedupe key. With {@code lock} it is a locking read (FOR UPDATE), which sees the
     * latest committed row even when this transaction's snapshot is older.
     */
    Long idOfDedupeKey(@Param("dedupeKey") String dedupeKey, @Param("lock") boolean lock);

    List<Long> dueCandidates(@Param("now") long now, @Param("max") int max);

    int lease(@Param("ids") List<Long> ids, @Param("owner") String owner, @Param("token") String token,
              @Param("now") long now, @Param("until") long until);

    List<OutboxEntry> leasedBy(String token);

    int renew(@Param("id") long id, @Param("token") String token, @Param("until") long until);

    int renewAll(@Param("ids") List<Long> ids, @Param("token") String token, @Param("until") long until);

    int markPartsDone(@Param("id") long id, @Param("token") String token, @Param("partsDone") int partsDone);

    int markSent(@Param("id") long id, @Param("token") String token, @Param("at") long at);

    int markAllSent(@Param("ids") List<Long> ids, @Param("token") String token, @Param("at") long at);

    int reschedule(@Param("id") long id, @Param("token") String token, @Param("nextAttemptAt") long nextAttemptAt,
                   @Param("error") String error, @Param("countAttempt") boolean countAttempt);

    int markFailed(@Param("id") long id, @Param("token") String token, @Param("error") String error);

    List<Long> doneBefore(@Param("before") long before, @Param("max") int max);

    int deleteDone(@Param("ids") List<Long> ids);

    long count(MessageStatus status);

    List<OutboxEntry> failed(int max);

    @org.apache.ibatis.annotations.Select("SELECT COALESCE(MIN(created_at), 0) FROM outbox WHERE status = 'PENDING'")
    long oldestPendingAt();
}
