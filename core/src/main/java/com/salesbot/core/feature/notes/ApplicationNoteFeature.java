package com.salesbot.core.feature.notes;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.port.ApplicationNoteStore;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.push.ApplicationNotes;
import java.util.List;

/** R19 application notes: after a micro-lesson asks for one, the rep's next free text is the note. */
public final class ApplicationNoteFeature implements ChatFeature, ApplicationNotes {
    private final ApplicationNoteFlow flow;

    public ApplicationNoteFeature(KeyValueStore kv, ApplicationNoteStore notes, ChatSettings settings) {
        this.flow = new ApplicationNoteFlow(kv, notes, new RecipientDirectory(settings.pushChannels()),
                settings.applicationNoteTtl());
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.freeText(flow::take);
    }

    public ApplicationNoteFlow flow() {
        return flow;
    }

    /** R19: a micro-lesson asks the rep for an application note; their next free text will be it. */
    @Override
    public List<Outgoing> request(Rep rep, String lessonId, String lessonTitle) {
        return flow().request(rep, lessonId, lessonTitle);
    }

    /** True while the rep still owes an application note, so the reminder schedule knows when to stop. */
    @Override
    public boolean pending(String repId) {
        return flow().pending(repId).isPresent();
    }
}
