package com.salesbot.core.feature.result;

import com.salesbot.core.chat.ChatFeature;
import com.salesbot.core.chat.ChatRoutes;
import com.salesbot.core.chat.ChatSettings;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.port.KnowledgeMatcher;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;

/**
 * R2 result tags: the card after a touch ends (prompt kind "r"), the optional note after the tag, and the
 * reminders for untagged touches. Has no typed command; other features (打卡) open its card through {@link #flow()}.
 */
public final class ResultFeature implements ChatFeature {
    private final ResultPromptFlow flow;
    private final ResultReminders reminders;

    public ResultFeature(DialogStore dialogs, TouchStore touches, CustomerStore customers, OrgStore org,
                         BusinessConfig config, ChatSettings settings, KnowledgeMatcher knowledge) {
        RecipientDirectory directory = new RecipientDirectory(settings.pushChannels());
        this.flow = new ResultPromptFlow(dialogs, touches, customers, org, config, settings,
                knowledge == null ? KnowledgeMatcher.NONE : knowledge, directory);
        this.reminders = new ResultReminders(dialogs, touches, org, flow, directory, config.thresholds(),
                settings.resultPromptTtl(), config.schedule(), settings.zone());
    }

    @Override
    public void register(ChatRoutes routes) {
        routes.prompt(flow);
    }

    public ResultPromptFlow flow() {
        return flow;
    }

    public ResultReminders reminders() {
        return reminders;
    }
}
