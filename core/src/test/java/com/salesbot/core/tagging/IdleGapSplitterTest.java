package com.salesbot.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Conversation;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IdleGapSplitterTest {
    private static final long T0 = 1_780_000_000_000L;
    private static final long GAP = 30 * 60_000L;
    private final IdleGapSplitter splitter = IdleGapSplitter.ofMinutes(Thresholds.defaults().conversationIdleMinutes());
    private final Conversation c = new Conversation(1, "r", "c", "api", T0, T0 + 60_000, 2, List.of());

    @Test
    void exactlyOneGapAfterTheLastMessageStillContinues() {
        assertThat(splitter.continues(c, T0 + 60_000 + GAP)).isTrue();
        assertThat(splitter.continues(c, T0 + 60_000 + GAP + 1)).isFalse();
    }

    @Test
    void aLateMessageJoinsWhenWithinOneGapBeforeTheStart() {
        assertThat(splitter.continues(c, T0 - GAP)).isTrue();
        assertThat(splitter.continues(c, T0 - GAP - 1)).isFalse();
    }

    @Test
    void extendWidensTheWindowAndCounts() {
        Conversation e = IdleGapSplitter.extend(c, T0 - 5);
        assertThat(e.startedAt()).isEqualTo(T0 - 5);
        assertThat(e.lastMessageAt()).isEqualTo(T0 + 60_000);
        assertThat(e.messageCount()).isEqualTo(3);
    }

    @Test
    void gapMustBePositive() {
        assertThatThrownBy(() -> new IdleGapSplitter(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
