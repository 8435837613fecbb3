package com.salesbot.core.usecase;

import com.salesbot.core.feature.result.ResultFeature;
import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.messaging.Outgoing;
import java.util.List;

/**
 * R2: a rep gets a reminder for a touch still without a result tag (after the configured delay, at most the
 * configured number of times, never in quiet hours; the engine's result prompts keep count, so each reminder is
 * queued once even when several instances run the schedule).
 */
public final class RemindUntaggedTouches {
    /** @param now the time of this reminder pass (epoch millis) */
    public record Command(long now) {
    }

    private final ResultFeature results;
    private final OutboxWriter outbox;

    public RemindUntaggedTouches(ResultFeature results, OutboxWriter outbox) {
        this.results = results;
        this.outbox = outbox;
    }

    /** Queues every reminder due now; returns how many. */
    public int remind(Command command) {
        List<Outgoing> replies = results.reminders().remindUntagged(command.now());
        for (Outgoing r : replies) {
            outbox.enqueue(r, command.now());
        }
        return replies.size();
    }
}
