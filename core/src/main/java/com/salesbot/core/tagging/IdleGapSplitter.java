package com.salesbot.core.tagging;

import com.salesbot.core.model.Conversation;
import java.time.Duration;

/**
 * R16: a conversation is the messages between one rep and one customer until nobody writes for the idle gap
 * (thresholds conversationIdleMinutes, default 30). A message exactly one gap after the last one still belongs to
 * the conversation; one millisecond more starts a new one. A late message (sent before the conversation's last
 * message) joins it when it is no more than one gap before the conversation started.
 */
public final class IdleGapSplitter {
    private final long gapMillis;

    public IdleGapSplitter(Duration gap) {
        if (gap.isNegative() || gap.isZero()) {
            throw new IllegalArgumentException("idle gap must be positive");
        }
        this.gapMillis = gap.toMillis();
    }

    public static IdleGapSplitter ofMinutes(int minutes) {
        return new IdleGapSplitter(Duration.ofMinutes(minutes));
    }

    public boolean continues(Conversation latest, long sentAt) {
        return sentAt - latest.lastMessageAt() <= gapMillis && latest.startedAt() - sentAt <= gapMillis;
    }

    /** The conversation after adding one message to it. */
    public static Conversation extend(Conversation c, long sentAt) {
        return new Conversation(c.id(), c.repId(), c.customerId(), c.channel(), Math.min(c.startedAt(), sentAt),
                Math.max(c.lastMessageAt(), sentAt), c.messageCount() + 1, c.tags());
    }
}
