package com.salesbot.core.chat.port;

import com.salesbot.core.model.Require;

/** R19: what a rep wrote after a micro-lesson (应用笔记). */
public record ApplicationNote(String repId, String lessonId, String lessonTitle, String text, long writtenAt) {
    public ApplicationNote {
        Require.text(repId, "rep id");
        Require.text(lessonId, "lesson id");
        Require.text(text, "note text");
    }
}
