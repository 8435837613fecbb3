package com.salesbot.adapters.mysql.notes;

import com.salesbot.core.chat.port.ApplicationNote;
import java.util.List;
import org.apache.ibatis.annotations.Arg;
import org.apache.ibatis.annotations.ConstructorArgs;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Select;

/** SQL for R19 application notes. */
public interface ApplicationNoteMapper {
    @Insert("INSERT INTO application_notes (rep_id, lesson_id, lesson_title, note_text, written_at) "
            + "VALUES (#{repId}, #{lessonId}, #{lessonTitle}, #{text}, #{writtenAt})")
    void insert(ApplicationNote note);

    @Select("SELECT rep_id, lesson_id, lesson_title, note_text, written_at FROM application_notes "
            + "WHERE rep_id = #{repId} ORDER BY written_at, id")
    @ConstructorArgs({
        @Arg(column = "rep_id", javaType = String.class),
        @Arg(column = "lesson_id", javaType = String.class),
        @Arg(column = "lesson_title", javaType = String.class),
        @Arg(column = "note_text", javaType = String.class),
        @Arg(column = "written_at", javaType = long.class)})
    List<ApplicationNote> ofRep(String repId);
}
