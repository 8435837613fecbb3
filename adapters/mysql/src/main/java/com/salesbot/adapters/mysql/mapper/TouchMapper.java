package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.Touch;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for touches (TouchMapper.xml). A null source is stored as '' so (source, external_id) always dedupes. */
public interface TouchMapper {
    void insert(@Param("touch") Touch touch, @Param("key") GeneratedKey key);

    /**
     * Finds the touch holding (source, external id). With {@code lock} it is a locking read (FOR UPDATE), which sees
     * the latest committed row even when this transaction's snapshot is older.
     */
    Touch findByExternalId(@Param("source") String source, @Param("externalId") String externalId,
                           @Param("lock") boolean lock);

    int recordResult(@Param("id") long id, @Param("resultTag") String resultTag, @Param("note") String note,
                     @Param("taggedAt") long taggedAt);

    int recordNote(@Param("id") long id, @Param("note") String note);

    Touch find(long id);

    List<Touch> between(@Param("from") long fromInclusive, @Param("to") long toExclusive);

    List<Touch> ofRepBetween(@Param("repId") String repId, @Param("from") long fromInclusive,
                             @Param("to") long toExclusive);

    List<Touch> untaggedBefore(long before);
}
