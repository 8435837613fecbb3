package com.salesbot.core.feature.notes;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.port.ApplicationNoteStore;
import com.salesbot.core.port.KeyValueStore;

/** R19 application notes: after a micro-lesson asks for one, the rep's next free text is the note. */
public final class ApplicationNoteFeature implements ChatFeature {
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
}
