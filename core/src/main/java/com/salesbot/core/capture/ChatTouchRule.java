package com.salesbot.core.capture;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R23: a finished customer chat is one touch of kind CHAT. A conversation (one rep + one customer, split by the
 * idle gap) becomes a touch only when both sides wrote. Its interaction time is the span from the first to the
 * last message with each silent gap between two consecutive messages counted at most {@code chatGapCapMinutes}
 * (default 5), so a chat across lunch does not count two hours; seconds are rounded down. The touch starts at the
 * first message and carries the deterministic external id {@code conversation:<id>} with source {@value #SOURCE},
 * so storing it twice (a re-pull, a second closing pass) keeps one touch.
 */
public final class ChatTouchRule {
    public static final String SOURCE = "chat";
    private static final String EXTERNAL_PREFIX = "conversation:";

    private final long capMillis;

    public ChatTouchRule(Duration gapCap) {
        if (gapCap.isNegative() || gapCap.isZero()) {
            throw new IllegalArgumentException("chat gap cap must be positive");
        }
        this.capMillis = gapCap.toMillis();
    }

    public static ChatTouchRule ofMinutes(int minutes) {
        return new ChatTouchRule(Duration.ofMinutes(minutes));
    }

    public static String externalIdOf(long conversationId) {
        return EXTERNAL_PREFIX + conversationId;
    }

    /** The touch of a finished conversation, or empty when only one side wrote (or nothing at all). */
    public Optional<Touch> touchOf(Conversation conversation, List<ChatMessage> messages) {
        boolean in = messages.stream().anyMatch(m -> m.direction() == Direction.IN);
        boolean out = messages.stream().anyMatch(m -> m.direction() == Direction.OUT);
        if (!in || !out) {
            return Optional.empty();
        }
        List<Long> times = messages.stream().map(ChatMessage::sentAt).sorted(Comparator.naturalOrder()).toList();
        long millis = 0;
        for (int i = 1; i < times.size(); i++) {
            millis += Math.min(times.get(i) - times.get(i - 1), capMillis);
        }
        int seconds = (int) Math.min(Integer.MAX_VALUE, millis / 1000);
        return Optional.of(new Touch(0, conversation.repId(), conversation.customerId(), TouchKind.CHAT,
                times.get(0), seconds, null, null, 0, SOURCE, externalIdOf(conversation.id())));
    }
}
