package com.salesbot.core.capture;

import com.salesbot.core.fakes.RecordingOutbox;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.card.Card;
import com.salesbot.core.chat.ChatHarness;
import com.salesbot.core.config.Thresholds;
import com.salesbot.core.fakes.InMemoryConversationStore;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.ChatMessage;
import com.salesbot.core.model.Conversation;
import com.salesbot.core.model.Direction;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatTouchCloserTest {
    private final ChatHarness h = new ChatHarness();
    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final InMemoryIdleConversations idle = new InMemoryIdleConversations(conversations);
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final AtomicInteger msg = new AtomicInteger();
    private ChatTouchCloser closer;
    private Rep rep;

    @BeforeEach
    void setUp() {
        rep = h.add(new Rep("r1", "李明", "T1", Role.REP, "liming", null, LocalDate.of(2025, 1, 1), true));
        h.customer("c1", "苏州恒达精密机械有限公司", "r1");
        closer = new ChatTouchCloser(idle, conversations, h.touches, new InMemoryCounterStore(h.clock),
                h::promptForTouch, outbox, outbox, Transactions.none(), Thresholds.defaults(), h.clock);
    }

    /** A conversation of r1 with c1 whose messages are at the given second offsets from {@code start}. */
    private Conversation chat(long start, Object... directionAndSecond) {
        long last = start + ((Number) directionAndSecond[directionAndSecond.length - 1]).longValue() * 1000;
        Conversation c = conversations.saveConversation(new Conversation(0, "r1", "c1", "wecom", start, last,
                directionAndSecond.length / 2, List.of()));
        for (int i = 0; i < directionAndSecond.length; i += 2) {
            conversations.appendMessage(new ChatMessage(0, c.id(), "wecom", "m" + msg.incrementAndGet(), "r1", "c1",
                    (Direction) directionAndSecond[i], start + ((Number) directionAndSecond[i + 1]).longValue() * 1000,
                    "您好", List.of()));
        }
        return c;
    }

    private List<Touch> chatTouches() {
        return h.touches.between(0, Long.MAX_VALUE).stream().filter(t -> t.kind() == TouchKind.CHAT).toList();
    }

    @Test
    void aTwoSidedChatBecomesOneTouchAndOnePromptOnceIdleForTheGap() {
        long start = h.clock.millis();
        chat(start, Direction.IN, 0, Direction.OUT, 50, Direction.IN, 120);

        h.advance(Duration.ofSeconds(120).plusMinutes(30));
        assertThat(closer.closeIdle().closed()).isZero();
        assertThat(chatTouches()).isEmpty();

        h.advance(Duration.ofMillis(1));
        ChatTouchCloser.Report report = closer.closeIdle();
        assertThat(report).isEqualTo(new ChatTouchCloser.Report(1, 1, 1));
        Touch touch = chatTouches().get(0);
        assertThat(touch.durationSeconds()).isEqualTo(120);
        assertThat(outbox.rows).containsOnlyKeys("touch:" + touch.id() + ":0");
        Outgoing prompt = outbox.rows.values().iterator().next().outbound();
        assertThat(prompt.recipient()).isEqualTo(rep.wecomUserId());
        Card card = (Card) prompt.message();
        assertThat(String.join("\n", card.lines())).contains("苏州恒达精密机械有限公司").contains("在线沟通")
                .contains("2分钟");

        assertThat(closer.closeIdle()).isEqualTo(new ChatTouchCloser.Report(0, 0, 0));
        assertThat(chatTouches()).hasSize(1);
        assertThat(outbox.rows).hasSize(1);
    }

    @Test
    void closingTheSameConversationAgainKeepsOneTouchAndOnePrompt() {
        Conversation c = chat(h.clock.millis(), Direction.IN, 0, Direction.OUT, 60);
        h.advance(Duration.ofHours(1));
        closer.closeIdle();
        idle.closed.remove(c.id()); // as if a second instance saw it open
        closer.closeIdle();
        assertThat(chatTouches()).hasSize(1);
        assertThat(outbox.rows).hasSize(1);
    }

    @Test
    void aOneSidedChatIsClosedWithoutATouch() {
        Conversation c = chat(h.clock.millis(), Direction.OUT, 0, Direction.OUT, 60, Direction.OUT, 90);
        h.advance(Duration.ofHours(1));
        assertThat(closer.closeIdle()).isEqualTo(new ChatTouchCloser.Report(1, 0, 0));
        assertThat(idle.closed).containsKey(c.id());
        assertThat(chatTouches()).isEmpty();
        assertThat(outbox.rows).isEmpty();
    }

    @Test
    void promptsForChatsAreCappedPerRepAndDayTheRestStayUntagged() {
        long start = h.clock.millis();
        for (int i = 0; i < 9; i++) {
            chat(start + i * 60_000L, Direction.IN, 0, Direction.OUT, 40);
        }
        h.advance(Duration.ofHours(1));
        assertThat(closer.closeIdle()).isEqualTo(new ChatTouchCloser.Report(9, 9, 8));
        assertThat(chatTouches()).hasSize(9).allMatch(t -> !t.tagged());
        assertThat(outbox.rows).hasSize(8);

        // the next day the rep has a fresh allowance
        h.advance(Duration.ofDays(1));
        chat(h.clock.millis(), Direction.IN, 0, Direction.OUT, 40);
        h.advance(Duration.ofHours(1));
        assertThat(closer.closeIdle().prompted()).isEqualTo(1);
    }

    @Test
    void aBacklogOfOldChatsBecomesTouchesWithoutPrompts() {
        chat(h.clock.millis(), Direction.IN, 0, Direction.OUT, 40);
        h.advance(ChatTouchCloser.PROMPT_WINDOW.plusMinutes(1));
        assertThat(closer.closeIdle()).isEqualTo(new ChatTouchCloser.Report(1, 1, 0));
        assertThat(outbox.rows).isEmpty();
    }
}
