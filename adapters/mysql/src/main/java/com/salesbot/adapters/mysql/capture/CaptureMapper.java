package com.salesbot.adapters.mysql.capture;

import com.salesbot.core.model.Absence;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** SQL for capturing work where it happens: closing idle conversations, taking absences back. */
public interface CaptureMapper {
    @Select("SELECT id, rep_id, customer_id, channel, started_at, last_message_at, message_count FROM conversations "
            + "WHERE closed_at = 0 AND last_message_at < #{before} ORDER BY last_message_at, id LIMIT #{limit}")
    @ConstructorArgs({
        @Arg(column = "id", javaType = long.class),
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "customer_id", javaType = String.class),
        @Arg(column = "channel", javaType = String.class),
        @Arg(column = "started_at", javaType = long.class),
        @Arg(column = "last_message_at", javaType = long.class),
        @Arg(column = "message_count", javaType = int.class)})
    List<IdleRow> openIdle(@Param("before") long lastMessageBefore, @Param("limit") int limit);

    @Update("UPDATE conversations SET closed_at = #{at} WHERE id = #{id} AND closed_at = 0")
    int markClosed(@Param("id") long id, @Param("at") long at);

    @Select("SELECT rep_id, start_day, end_day FROM absences WHERE rep_id = #{repId} AND start_day = #{from}")
    @ConstructorArgs({
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "start_day", javaType = LocalDate.class),
        @Arg(column = "end_day", javaType = LocalDate.class)})
    Absence findAbsence(@Param("repId") String repId, @Param("from") LocalDate from);

    @Delete("DELETE FROM absences WHERE rep_id = #{repId} AND start_day = #{from}")
    int deleteAbsence(@Param("repId") String repId, @Param("from") LocalDate from);

    /** One open conversation (without its tags, which closing does not need). */
    record IdleRow(long id, String repId, String customerId, String channel, long startedAt, long lastMessageAt,
                   int messageCount) {
    }
}
