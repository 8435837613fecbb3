package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.Touch;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for touches (TouchMapper.xml). A null source is stored as '' so (source, external_id) always dedupes. */
public interface TouchMapper {
    void insert(@Param("touch") Touch touch, @Param("key") GeneratedKey key);

    /** Locking read, so it sees a row that a concurrent transaction has just committed. */
    Touch findByExternalIdForUpdate(@Param("source") String source, @Param("externalId") String externalId);

    int recordResult(@Param("id") long id, @Param("resultTag") String resultTag, @Param("note") String note,
                     @Param("taggedAt") long taggedAt);

    Touch find(long id);

    List<Touch> between(@Param("from") long fromInclusive, @Param("to") long toExclusive);

    List<Touch> ofRepBetween(@Param("repId") String repId, @Param("from") long fromInclusive,
                             @Param("to") long toExclusive);

    List<Touch> untaggedBefore(long before);
}
