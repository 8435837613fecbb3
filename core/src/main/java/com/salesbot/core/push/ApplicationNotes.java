package com.salesbot.core.push;

import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import java.util.List;

/** R19 application notes (应用笔记), kept by the chat feature that collects them: ask for one, and whether one is still due. */
public interface ApplicationNotes {
    List<Outgoing> request(Rep rep, String lessonId, String lessonTitle);

    boolean pending(String repId);
}
