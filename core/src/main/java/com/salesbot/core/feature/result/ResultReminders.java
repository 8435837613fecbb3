package com.salesbot.core.feature.result;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.chat.dialog.DialogStore;
import com.salesbot.core.chat.dialog.PromptState;
import com.salesbot.core.config.ScheduleSettings;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.TouchStore;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R2 reminders: reminder k of a still-untagged, prompted touch is due k x the configured delay (30 min) after its
 * card went out, for k up to the configured maximum (2); then the bot stops and the touch stays untagged for the
 * manager. Each reminder is sent once, even when several instances run the schedule. Nothing is sent in the
 * configured quiet hours; a reminder that fell due then goes out when they end.
 */
public final class ResultReminders {
    private final DialogStore dialogs;
    private final TouchStore touches;
    private final OrgStore org;
    private final ResultPromptFlow flow;
    private final RecipientDirectory directory;
    private final long delayMillis;
    private final int max;
    private final Duration markTtl;
    private final ScheduleSettings schedule;
    private final ZoneId zone;

    public ResultReminders(DialogStore dialogs, TouchStore touches, OrgStore org, ResultPromptFlow flow,
                           RecipientDirectory directory, Thresholds thresholds, Duration promptTtl,
                           ScheduleSettings schedule, ZoneId zone) {
        this.dialogs = dialogs;
        this.touches = touches;
        this.org = org;
        this.flow = flow;
        this.directory = directory;
        this.delayMillis = Duration.ofMinutes(thresholds.resultReminderMinutes()).toMillis();
        this.max = thresholds.resultReminderMax();
        this.markTtl = promptTtl;
        this.schedule = schedule;
        this.zone = zone;
    }

    public List<Reply> remindUntagged(long now) {
        if (schedule.isQuiet(Instant.ofEpochMilli(now).atZone(zone).toLocalTime())) {
            return List.of();
        }
        List<Reply> replies = new ArrayList<>();
        for (Touch touch : touches.untaggedBefore(now - delayMillis + 1)) {
            dialogs.find(ResultPromptFlow.promptIdOf(touch.id()))
                    .flatMap(prompt -> remind(touch, prompt, now))
                    .ifPresent(replies::add);
        }
        return replies;
    }

    private Optional<Reply> remind(Touch touch, PromptState prompt, long now) {
        long sent = Long.parseLong(prompt.get(ResultPromptFlow.SENT));
        long due = (now - sent) / delayMillis;
        if (due < 1) {
            return Optional.empty();
        }
        int k = (int) Math.min(due, max);
        // the mark outlives the prompt, so the last reminder is never repeated
        if (!dialogs.once("remind:" + touch.id() + ":" + k, markTtl)) {
            return Optional.empty();
        }
        Optional<Rep> rep = org.findRep(touch.repId()).filter(Rep::active);
        String lead = k >= max ? "这是最后一次提醒，之后会列入未打卡清单给主管。" : "还差一步：选一下这次的结果。";
        Card card = flow.card(touch, prompt.id(), "提醒：这次沟通还没选结果", lead);
        return rep.flatMap(r -> directory.to(r, card));
    }
}
