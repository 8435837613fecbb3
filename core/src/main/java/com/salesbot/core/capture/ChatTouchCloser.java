package com.salesbot.core.capture;

import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.port.TouchStore;
import com.salesbot.core.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Closes conversations that have been idle for longer than {@code conversationIdleMinutes} and turns each into a
 * CHAT touch ({@link ChatTouchRule}); the touch, the closing mark and the R2 prompt (outbox, dedupe key per touch)
 * commit together. Prompts for chats are capped per rep and business day ({@code chatPromptsPerDay}, counted on
 * the day the chat started); chats over the cap, and chats that went quiet more than {@link #PROMPT_WINDOW} ago
 * (a backlog after downtime or the first run over old data), are stored untagged without a prompt and show as
 * untagged in the manager's digest.
 */
public final class ChatTouchCloser {
    /** A chat older than this when closed gets no prompt: the rep no longer remembers it well. */
    public static final Duration PROMPT_WINDOW = Duration.ofHours(12);
    static final String COUNTER_PREFIX = "chat-prompts:";
    private static final int BATCH = 200;

    private final IdleConversations idle;
    private final ConversationStore conversations;
    private final TouchStore touches;
    private final CounterStore counters;
    private final TouchPrompter prompter;
    private final OutboxStore outbox;
    private final OutboundCodec codec;
    private final Transactions transactions;
    private final ChatTouchRule rule;
    private final long idleMillis;
    private final int promptsPerDay;
    private final Clock clock;

    public ChatTouchCloser(IdleConversations idle, ConversationStore conversations, TouchStore touches,
                           CounterStore counters, TouchPrompter prompter, OutboxStore outbox, OutboundCodec codec,
                           Transactions transactions, Thresholds thresholds, Clock clock) {
        this.idle = idle;
        this.conversations = conversations;
        this.touches = touches;
        this.counters = counters;
        this.prompter = prompter;
        this.outbox = outbox;
        this.codec = codec;
        this.transactions = transactions;
        this.rule = ChatTouchRule.ofMinutes(thresholds.chatGapCapMinutes());
        this.idleMillis = Duration.ofMinutes(thresholds.conversationIdleMinutes()).toMillis();
        this.promptsPerDay = thresholds.chatPromptsPerDay();
        this.clock = clock;
    }

    /** What one pass did. */
    public record Report(int closed, int touches, int prompted) {
    }

    /** Closes every conversation idle for longer than the gap, in batches, oldest first. */
    public Report closeIdle() {
        long now = clock.millis();
        int closed = 0;
        int made = 0;
        int prompted = 0;
        while (true) {
            List<Conversation> batch = idle.openIdle(now - idleMillis, BATCH);
            for (Conversation c : batch) {
                Outcome o = transactions.inTransaction(() -> close(c, now));
                closed++;
                made += o.touch() ? 1 : 0;
                prompted += o.prompted() ? 1 : 0;
            }
            if (batch.size() < BATCH) {
                return new Report(closed, made, prompted);
            }
        }
    }

    private Outcome close(Conversation c, long now) {
        Optional<Touch> touch = rule.touchOf(c, conversations.messagesOf(c.id()));
        idle.markClosed(c.id(), now);
        if (touch.isEmpty()) {
            return new Outcome(false, false);
        }
        Touch stored = touches.insert(touch.get());
        if (stored.tagged() || now - c.lastMessageAt() > PROMPT_WINDOW.toMillis() || !underCap(stored)) {
            return new Outcome(true, false);
        }
        List<Outgoing> replies = prompter.promptFor(stored);
        for (int i = 0; i < replies.size(); i++) {
            new OutboxWriter(outbox, codec).enqueue(replies.get(i).withDedupeKey("touch:" + stored.id() + ":" + i), now);
        }
        return new Outcome(true, !replies.isEmpty());
    }

    private boolean underCap(Touch touch) {
        String day = Instant.ofEpochMilli(touch.startedAt()).atZone(clock.getZone()).toLocalDate().toString();
        return counters.increment(COUNTER_PREFIX + touch.repId() + ":" + day, 1, Duration.ofDays(2)) <= promptsPerDay;
    }

    private record Outcome(boolean touch, boolean prompted) {
    }
}
