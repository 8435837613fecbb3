package com.salesbot.core.chat.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DialogStoreTest {
    private final MutableClock clock = MutableClock.startingAt("2026-11-27T02:00:00Z");
    private final DialogStore dialogs = new DialogStore(new InMemoryKeyValueStore(clock));

    @Test
    void keepsTypedTextWithSeparatorsIntact() {
        PromptState state = new PromptState("l-1", "l", "r1", "PAIN",
                Map.of("customerName", "A&B=C 100% 远大重工\n第二行", "source", "展会"));
        dialogs.save(state, Duration.ofMinutes(5));
        assertThat(dialogs.find("l-1")).contains(state);
    }

    @Test
    void aOnceMarkHeldByAnEventLetsThatEventThroughAgainButNoOther() {
        assertThat(dialogs.once("lead:l-1", Duration.ofMinutes(5), "wecom-e1")).isTrue();
        assertThat(dialogs.once("lead:l-1", Duration.ofMinutes(5), "wecom-e1")).as("retry of the same event").isTrue();
        assertThat(dialogs.once("lead:l-1", Duration.ofMinutes(5), "wecom-e2")).as("a second submission").isFalse();
        clock.advance(Duration.ofMinutes(5));
        assertThat(dialogs.once("lead:l-1", Duration.ofMinutes(5), "wecom-e2")).as("expired").isTrue();
    }

    @Test
    void promptsAndFocusExpire() {
        PromptState state = new PromptState("r-7", "r", "r1", "NOTE", Map.of("touch", "7"));
        dialogs.save(state, Duration.ofMinutes(10));
        dialogs.focus("r1", "r-7", Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertThat(dialogs.focused("r1")).contains(state);
        clock.advance(Duration.ofMillis(1));
        assertThat(dialogs.focused("r1")).isEmpty();
        assertThat(dialogs.find("r-7")).isEmpty();
    }

    @Test
    void createIsOncePerIdAndFocusIsReleasedOnlyByItsPrompt() {
        PromptState state = new PromptState("r-7", "r", "r1", "TAG", Map.of());
        assertThat(dialogs.create(state, Duration.ofMinutes(1))).isTrue();
        assertThat(dialogs.create(state.atStep("NOTE"), Duration.ofMinutes(1))).isFalse();
        assertThat(dialogs.find("r-7").orElseThrow().step()).isEqualTo("TAG");
        dialogs.focus("r1", "r-7", Duration.ofMinutes(1));
        dialogs.releaseFocus("r1", "r-8");
        assertThat(dialogs.focused("r1")).isPresent();
        dialogs.releaseFocus("r1", "r-7");
        assertThat(dialogs.focused("r1")).isEmpty();
    }

    @Test
    void onceIsTrueOnlyTheFirstTime() {
        assertThat(dialogs.once("m", Duration.ofMinutes(1))).isTrue();
        assertThat(dialogs.once("m", Duration.ofMinutes(1))).isFalse();
    }

    @Test
    void promptIdsCarryTheirKind() {
        assertThat(PromptState.kindOf(DialogStore.newPromptId("l"))).isEqualTo("l");
        assertThat(PromptState.kindOf("r-12")).isEqualTo("r");
        assertThat(PromptState.kindOf("x12")).isNull();
        assertThat(PromptState.kindOf(null)).isNull();
    }
}
