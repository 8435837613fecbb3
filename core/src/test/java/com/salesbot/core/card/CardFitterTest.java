package com.salesbot.core.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.Test;

class CardFitterTest {
    private static final ToIntFunction<Card> CHARS = c -> String.join("\n", c.lines()).length()
            + c.fields().stream().mapToInt(f -> f.label().length() + f.value().length() + 1).sum();

    private static Card team(int reps, int reds) {
        List<String> lines = new ArrayList<>(List.of("红色预警 " + reds + " 人："));
        for (int i = 0; i < reps; i++) {
            lines.add((i < reds ? "红" : "绿") + String.format("%03d", i));
        }
        return new Card("团队目标", Tone.DANGER, lines, null, null, null, null, null,
                new CardLink("完整名单", "https://bot.example.com/x", "人"));
    }

    @Test
    void aCardThatFitsIsUntouched() {
        Card card = team(3, 1);
        assertThat(CardFitter.fit(card, CHARS, CHARS.applyAsInt(card))).isSameAs(card);
    }

    @Test
    void oneCharacterOverDropsTheLastEntriesAndSaysHowManyAreLeft() {
        Card card = team(10, 2);
        Card fitted = CardFitter.fit(card, CHARS, CHARS.applyAsInt(card) - 1);
        assertThat(CHARS.applyAsInt(fitted)).isLessThanOrEqualTo(CHARS.applyAsInt(card) - 1);
        assertThat(fitted.lines()).contains("红000", "红001").doesNotContain("绿009");
        int shown = fitted.lines().size() - 2;
        assertThat(fitted.lines().get(fitted.lines().size() - 1)).isEqualTo("还有" + (10 - shown) + "人未列出，见完整名单。");
    }

    @Test
    void aLargeTeamKeepsTheRedsFirstAndWholeEntriesOnly() {
        Card card = team(300, 50);
        Card fitted = CardFitter.fit(card, CHARS, 400);
        assertThat(CHARS.applyAsInt(fitted)).isLessThanOrEqualTo(400);
        List<String> shown = fitted.lines().subList(1, fitted.lines().size() - 1);
        assertThat(shown).allMatch(l -> l.matches("[红绿]\\d{3}"));
        assertThat(shown.get(0)).isEqualTo("红000");
        assertThat(fitted.lines().get(fitted.lines().size() - 1))
                .isEqualTo("还有" + (300 - shown.size()) + "人未列出，见完整名单。");
        assertThat(fitted.link()).isEqualTo(card.link());
    }

    @Test
    void aLineListingEntriesLosesEntriesFromTheEndBeforeTheLineGoes() {
        Card card = new Card("晨会摘要", Tone.DANGER, List.of("昨日有效触达共 12 次。", "缺口预警：甲 0.5倍；乙 0.6倍；丙 0.7倍"),
                List.of(new CardField("甲", "1 次", false), new CardField("乙", "0 次", true)), null, null, null, null);
        int full = CHARS.applyAsInt(card);
        Card fitted = CardFitter.fit(card, CHARS, full - 6);
        // the plain field goes first, then entries of the listing line from its end; the highlighted field stays
        assertThat(CHARS.applyAsInt(fitted)).isLessThanOrEqualTo(full - 6);
        assertThat(fitted.fields()).extracting(CardField::label).containsExactly("乙");
        assertThat(fitted.lines().get(0)).isEqualTo("昨日有效触达共 12 次。");
        assertThat(fitted.lines().get(1)).startsWith("缺口预警：甲 0.5倍").endsWith("…").doesNotContain("丙");
        assertThat(fitted.lines().get(fitted.lines().size() - 1)).matches("还有[23]条未列出。");
    }

    @Test
    void textCutKeepsWholeSentencesAndClosedQuotes() {
        assertThat(TextCut.toChars("短句。", 10)).isEqualTo("短句。");
        assertThat(TextCut.toChars("第一句。第二句很长很长很长。", 8)).isEqualTo("第一句。");
        assertThat(TextCut.toChars("他说：“价格。很贵。”然后走了。", 12)).isEqualTo("他说…");
        assertThat(TextCut.toChars("华东精密机械制造有限公司", 10)).isEqualTo("华东精密机械制造有…");
    }

    @Test
    void splitUtf8KeepsEverythingAndCutsAtLineEnds() {
        String text = "二".repeat(600) + "\n" + "三".repeat(200);
        List<String> parts = TextCut.splitUtf8(text, 2048);
        assertThat(parts).hasSize(2);
        assertThat(String.join("\n", parts)).isEqualTo(text);
        assertThat(parts).allMatch(p -> TextCut.utf8Bytes(p) <= 2048);
    }

    @Test
    void sentIdsAreUniquePerSendAndMapBackToThePrompt() {
        String a = CardIds.sentId("l-0123456789abcdef");
        String b = CardIds.sentId("l-0123456789abcdef");
        assertThat(a).isNotEqualTo(b).matches("l-0123456789abcdef@[0-9a-z]{8}");
        assertThat(CardIds.promptIdOf(a)).isEqualTo("l-0123456789abcdef");
        assertThat(CardIds.promptIdOf("r-42")).isEqualTo("r-42");
    }
}
