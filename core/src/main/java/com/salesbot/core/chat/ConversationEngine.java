package com.salesbot.core.chat;

import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.flow.ApplicationNoteFlow;
import com.salesbot.core.chat.flow.CheckinFlow;
import com.salesbot.core.chat.flow.CompareReply;
import com.salesbot.core.chat.flow.HelpReply;
import com.salesbot.core.chat.flow.LeadFormFlow;
import com.salesbot.core.chat.flow.ResultPromptFlow;
import com.salesbot.core.chat.flow.ResultReminders;
import com.salesbot.core.chat.flow.TargetHealthReply;
import com.salesbot.core.chat.flow.TeamTargetReply;
import com.salesbot.core.chat.text.Intent;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.messaging.InboundMessage;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import java.time.Clock;
import java.util.List;

/**
 * The channel-neutral conversation engine (DESIGN.md §3–4) shared by WeCom, DingTalk and the sandbox. A message
 * runs through the middleware (ignore own/empty, resolve the sender) and then the router, which hands it to one
 * small feature class. Framework-free: the bot wires it with this constructor.
 */
public final class ConversationEngine {
    private final Clock clock;
    private final List<Middleware> middleware;
    private final Router router;
    private final ResultPromptFlow results;
    private final ResultReminders reminders;
    private final ApplicationNoteFlow applicationNotes;

    public ConversationEngine(ChatPorts ports, BusinessConfig config, ChatSettings settings, Clock clock) {
        this.clock = clock;
        DialogStore dialogs = new DialogStore(ports.kv());
        RecipientDirectory directory = new RecipientDirectory(settings.pushChannels());
        this.results = new ResultPromptFlow(dialogs, ports.touches(), ports.customers(), ports.org(), config, settings,
                ports.knowledge(), directory);
        this.reminders = new ResultReminders(dialogs, ports.touches(), ports.org(), results, directory,
                config.thresholds(), settings.resultPromptTtl(), config.schedule(), settings.zone());
        this.applicationNotes = new ApplicationNoteFlow(ports.kv(), ports.notes(), directory,
                settings.applicationNoteTtl());
        CheckinFlow checkin = new CheckinFlow(dialogs, ports.touches(), ports.customers(), results, settings);
        LeadFormFlow leadForm = new LeadFormFlow(dialogs, ports.leads(), ports.customers(), ports.touches(), config,
                settings);
        HelpReply help = new HelpReply();
        this.router = new Router(dialogs)
                .onIntent(Intent.TARGET, new TargetHealthReply(ports.org(), ports.targets(), ports.charts(),
                        config.thresholds(), settings.zone()))
                .onIntent(Intent.TEAM_TARGET, new TeamTargetReply(ports.org(), ports.targets(), settings.zone()))
                .onIntent(Intent.COMPARE, new CompareReply(ports.comparisons(), settings.zone()))
                .onIntent(Intent.LEAD, leadForm)
                .onIntent(Intent.CHECKIN, checkin)
                .onIntent(Intent.HELP, help)
                .onIntent(Intent.UNKNOWN, help)
                .onPrompt(results)
                .onPrompt(checkin)
                .onPrompt(leadForm)
                .onFreeText(applicationNotes::take);
        this.middleware = List.of(new IgnoreOwnAndEmpty(settings.botIds()), new ResolveSender(ports.org()));
    }

    /** Answers one decoded message; never silent for a person, empty only for the bot's own or empty events. */
    public List<Reply> handle(InboundMessage message) {
        return next(0).proceed(ChatRequest.of(message, clock.millis()));
    }

    private Middleware.Next next(int index) {
        if (index == middleware.size()) {
            return router::route;
        }
        return request -> middleware.get(index).apply(request, next(index + 1));
    }

    /** A touch ended (ingestion API, call archive, calendar): the R2 result card, once per touch. */
    public List<Reply> promptForTouch(Touch touch) {
        return results.promptForTouch(touch, clock.millis());
    }

    /** R2 reminders due at {@code now}: at most the configured number per touch, then silence. */
    public List<Reply> remindUntagged(long now) {
        return reminders.remindUntagged(now);
    }

    /** R19: a micro-lesson asks the rep for an application note; their next free text will be it. */
    public List<Reply> requestApplicationNote(Rep rep, String lessonId, String lessonTitle) {
        return applicationNotes.request(rep, lessonId, lessonTitle);
    }

    /** True while the rep still owes an application note, so the reminder schedule knows when to stop. */
    public boolean applicationNotePending(String repId) {
        return applicationNotes.pending(repId).isPresent();
    }
}
