package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.messaging.InboxEntry;
import com.salesbot.core.messaging.InboxStore;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for the inbox (InboxMapper.xml). A row is leased while lease_until is after now. */
public interface InboxMapper {
    void insert(@Param("channel") String channel, @Param("eventId") String eventId, @Param("payload") String payload,
                @Param("receivedAt") long receivedAt);

    /** One multi-row INSERT; fails as a whole on a duplicate (channel, event_id). */
    void insertAll(@Param("rows") List<InboxStore.Arrival> rows);

    List<Long> claimCandidates(@Param("now") long now, @Param("max") int max);

    int lease(@Param("ids") List<Long> ids, @Param("owner") String owner, @Param("token") String token,
              @Param("now") long now, @Param("until") long until);

    List<InboxEntry> leasedBy(String token);

    int renew(@Param("id") long id, @Param("token") String token, @Param("until") long until);

    int renewAll(@Param("ids") List<Long> ids, @Param("token") String token, @Param("until") long until);

    int markDone(@Param("id") long id, @Param("token") String token);

    int markAllDone(@Param("ids") List<Long> ids, @Param("token") String token);

    int retryLater(@Param("id") long id, @Param("token") String token, @Param("notBefore") long notBefore,
                   @Param("error") String error, @Param("countAttempt") boolean countAttempt);

    int markFailed(@Param("id") long id, @Param("token") String token, @Param("error") String error);

    List<Long> doneBefore(@Param("before") long before, @Param("max") int max);

    int deleteDone(@Param("ids") List<Long> ids);

    long countPending();

    @org.apache.ibatis.annotations.Select("SELECT COALESCE(MIN(received_at), 0) FROM inbox WHERE status = 'PENDING'")
    long oldestPendingAt();
}
