package com.salesbot.core.capture;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChatTouchRuleTest {
    private static final long T0 = 1_764_000_000_000L;
    private final ChatTouchRule rule = ChatTouchRule.ofMinutes(5);
    private final Conversation conversation = new Conversation(42, "r1", "c1", "wecom", T0, T0, 0, List.of());

    private static List<ChatMessage> messages(Object... directionAndSecond) {
        List<ChatMessage> list = new ArrayList<>();
        for (int i = 0; i < directionAndSecond.length; i += 2) {
            list.add(new ChatMessage(0, 42, "wecom", "m" + i, "r1", "c1", (Direction) directionAndSecond[i],
                    T0 + ((Number) directionAndSecond[i + 1]).longValue() * 1000, "你好", List.of()));
        }
        return list;
    }

    @Test
    void aTwoSidedChatIsOneChatTouchSpanningFirstToLastMessage() {
        Touch touch = rule.touchOf(conversation, messages(Direction.IN, 0, Direction.OUT, 50, Direction.IN, 120))
                .orElseThrow();
        assertThat(touch.kind()).isEqualTo(TouchKind.CHAT);
        assertThat(touch.durationSeconds()).isEqualTo(120);
        assertThat(touch.startedAt()).isEqualTo(T0);
        assertThat(touch.repId()).isEqualTo("r1");
        assertThat(touch.customerId()).isEqualTo("c1");
        assertThat(touch.source()).isEqualTo("chat");
        assertThat(touch.externalId()).isEqualTo("conversation:42");
        assertThat(touch.tagged()).isFalse();
    }

    @Test
    void aOneSidedChatIsNoTouch() {
        assertThat(rule.touchOf(conversation, messages(Direction.OUT, 0, Direction.OUT, 60))).isEmpty();
        assertThat(rule.touchOf(conversation, messages(Direction.IN, 0, Direction.IN, 60))).isEmpty();
        assertThat(rule.touchOf(conversation, List.of())).isEmpty();
    }

    @Test
    void eachSilentGapCountsAtMostTheCap() {
        // a gap of exactly 5 minutes counts in full ...
        assertThat(rule.touchOf(conversation, messages(Direction.IN, 0, Direction.OUT, 300)).orElseThrow()
                .durationSeconds()).isEqualTo(300);
        // ... a longer one counts 5 minutes: 10 s + 300 s (capped from 2 hours) + 20 s
        assertThat(rule.touchOf(conversation, messages(Direction.IN, 0, Direction.OUT, 10, Direction.IN, 7_210,
                Direction.OUT, 7_230)).orElseThrow().durationSeconds()).isEqualTo(330);
    }

    @Test
    void messagesOutOfOrderAreSortedAndTheTouchStartsAtTheFirst() {
        Touch touch = rule.touchOf(conversation, messages(Direction.OUT, 40, Direction.IN, 10)).orElseThrow();
        assertThat(touch.startedAt()).isEqualTo(T0 + 10_000);
        assertThat(touch.durationSeconds()).isEqualTo(30);
    }
}
