package com.salesbot.adapters.mysql.audit;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditQuery;
import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** SQL for the audit trail. */
public interface AuditMapper {
    String FILTER = "<where>"
            + "<if test='q.actorId != null'> AND actor_id = #{q.actorId} </if>"
            + "<if test='q.action != null'> AND action = #{q.action} </if>"
            + "<if test='q.subjectType != null'> AND subject_type = #{q.subjectType} </if>"
            + "<if test='q.subjectId != null'> AND subject_id = #{q.subjectId} </if>"
            + "<if test='q.from != null'> AND recorded_at &gt;= #{q.from} </if>"
            + "<if test='q.to != null'> AND recorded_at &lt; #{q.to} </if>"
            + "</where>";

    @Insert("INSERT INTO audit_log (actor_id, action, subject_type, subject_id, before_value, after_value, channel, "
            + "recorded_at) "
            + "VALUES (#{actorId}, #{action}, #{subjectType}, #{subjectId}, #{before}, #{after}, #{channel}, #{at})")
    void insert(AuditEntry entry);

    @Select("<script>SELECT id, actor_id, action, subject_type, subject_id, before_value, after_value, channel, "
            + "recorded_at FROM audit_log " + FILTER + " ORDER BY recorded_at DESC, id DESC LIMIT #{q.size} OFFSET #{offset}</script>")
    @ConstructorArgs({
        @Arg(column = "id", javaType = long.class),
        @Arg(column = "actor_id", javaType = String.class),
        @Arg(column = "action", javaType = String.class),
        @Arg(column = "subject_type", javaType = String.class),
        @Arg(column = "subject_id", javaType = String.class),
        @Arg(column = "before_value", javaType = String.class),
        @Arg(column = "after_value", javaType = String.class),
        @Arg(column = "channel", javaType = String.class),
        @Arg(column = "recorded_at", javaType = long.class)})
    List<AuditRow> find(@Param("q") AuditQuery query, @Param("offset") long offset);

    @Select("<script>SELECT COUNT(*) FROM audit_log " + FILTER + "</script>")
    long count(@Param("q") AuditQuery query);

    /** One row of audit_log. */
    record AuditRow(long id, String actorId, String action, String subjectType, String subjectId, String before,
                    String after, String channel, long at) {
        AuditEntry entry() {
            return new AuditEntry(actorId, action, subjectType, subjectId, before, after, channel, at);
        }
    }
}
