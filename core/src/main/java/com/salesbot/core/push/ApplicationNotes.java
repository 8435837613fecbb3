package com.salesbot.core.push;

import com.salesbot.core.chat.ConversationEngine;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import java.util.List;

/** R19 application notes (应用笔记), kept by the conversation engine: ask for one, and whether one is still due. */
public interface ApplicationNotes {
    List<Outgoing> request(Rep rep, String lessonId, String lessonTitle);

    boolean pending(String repId);

    static ApplicationNotes of(ConversationEngine engine) {
        return new ApplicationNotes() {
            @Override
            public List<Outgoing> request(Rep rep, String lessonId, String lessonTitle) {
                return engine.requestApplicationNote(rep, lessonId, lessonTitle);
            }

            @Override
            public boolean pending(String repId) {
                return engine.applicationNotePending(repId);
            }
        };
    }
}
