package com.salesbot.bot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.bot.sandbox.SandboxDelivery.Button;
import com.salesbot.bot.sandbox.SandboxDelivery.CardView;
import com.salesbot.bot.sandbox.SandboxDelivery.Previews;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxMailboxTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T01:00:00Z"), ZoneOffset.UTC);
    private static final Previews NONE = new Previews("[]", "[]");

    private static CardView card(String title, String promptId) {
        return new CardView(title, "normal", List.of("line"), List.of(), null, null,
                List.of(new Button("tag:A", "有意向", false)), promptId, null, null, false);
    }

    @Test
    void keepsExactlyTheCapacityPerPersonAndDropsTheOldest() {
        SandboxMailbox box = new SandboxMailbox(CLOCK, 200);
        for (int i = 1; i <= 200; i++) {
            box.addText("r1", "bot", "m" + i, NONE);
        }
        assertThat(box.after("r1", 0)).hasSize(200).first().extracting(SandboxDelivery::text).isEqualTo("m1");
        box.addText("r1", "bot", "m201", NONE);
        List<SandboxDelivery> all = box.after("r1", 0);
        assertThat(all).hasSize(200);
        assertThat(all.get(0).text()).isEqualTo("m2");
        assertThat(all.get(199).text()).isEqualTo("m201");
    }

    @Test
    void peopleHaveSeparateMailboxes() {
        SandboxMailbox box = new SandboxMailbox(CLOCK, 5);
        box.addText("r1", "bot", "for r1", NONE);
        box.addText("r2", "bot", "for r2", NONE);
        assertThat(box.after("r1", 0)).extracting(SandboxDelivery::text).containsExactly("for r1");
        assertThat(box.after("nobody", 0)).isEmpty();
    }

    @Test
    void pollingAfterASequenceReturnsOnlyNewerEntries() {
        SandboxMailbox box = new SandboxMailbox(CLOCK, 10);
        SandboxDelivery first = box.addText("r1", "me", "目标", null);
        SandboxDelivery second = box.addText("r1", "bot", "好的", NONE);
        assertThat(box.after("r1", first.seq())).containsExactly(second);
        assertThat(box.after("r1", second.seq())).isEmpty();
        assertThat(first.at()).isEqualTo(CLOCK.millis());
    }

    @Test
    void aCardUpdateReplacesTheCardInPlaceWithANewSequence() {
        SandboxMailbox box = new SandboxMailbox(CLOCK, 10);
        SandboxDelivery original = box.addCard("r1", card("30秒打卡", "result-7"), NONE);
        SandboxDelivery later = box.addText("r1", "bot", "later", NONE);

        assertThat(box.replaceCard("r1", "result-7", card("已更新", "result-7"), NONE)).isTrue();

        List<SandboxDelivery> all = box.after("r1", 0);
        assertThat(all).hasSize(2);
        SandboxDelivery updated = all.stream().filter(d -> d.id() == original.id()).findFirst().orElseThrow();
        assertThat(updated.card().title()).isEqualTo("已更新");
        assertThat(updated.seq()).isGreaterThan(later.seq());
        assertThat(box.after("r1", later.seq())).containsExactly(updated);
    }

    @Test
    void replacingOrMarkingAnUnknownPromptChangesNothing() {
        SandboxMailbox box = new SandboxMailbox(CLOCK, 10);
        box.addCard("r1", card("卡片", "result-7"), NONE);
        assertThat(box.replaceCard("r1", "result-8", card("x", "result-8"), NONE)).isFalse();
        assertThat(box.markChosen("r2", "result-7", "tag:A")).isFalse();
        assertThat(box.after("r1", 0)).extracting(d -> d.card().title()).containsExactly("卡片");
    }

    @Test
    void aTapMarksTheChosenButtonOnTheNewestCardOfThatPrompt() {
        SandboxMailbox box = new SandboxMailbox(CLOCK, 10);
        SandboxDelivery older = box.addCard("r1", card("旧卡", "result-7"), NONE);
        SandboxDelivery newer = box.addCard("r1", card("新卡", "result-7"), NONE);
        assertThat(box.markChosen("r1", "result-7", "tag:A")).isTrue();
        List<SandboxDelivery> all = box.after("r1", 0);
        assertThat(all).filteredOn(d -> d.id() == newer.id()).singleElement()
                .satisfies(d -> assertThat(d.card().chosen()).isEqualTo("tag:A"));
        assertThat(all).filteredOn(d -> d.id() == older.id()).singleElement()
                .satisfies(d -> assertThat(d.card().chosen()).isNull());
    }

    @Test
    void refusesAnEmptyHistory() {
        assertThatThrownBy(() -> new SandboxMailbox(CLOCK, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SandboxMailbox(CLOCK, 1).addText("r1", "bot", "x", NONE).id()).isPositive();
    }
}
