package com.salesbot.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NegationTest {
    private final Negation negation = Negation.defaults();

    @ParameterizedTest(name = "{0} -> denied {1}")
    @CsvSource({
            "不是投诉哈, true",
            "我没有投诉的意思, true",
            "没有要投诉的意思, true",       // gap 1
            "没有我要投诉的意思, true",     // gap 2 = MAX_GAP
            "没有我们要投诉的, false",      // gap 3 > MAX_GAP
            "并非投诉, true",
            "没投诉, true",                 // one-character word right before
            "没人理我要投诉, false",         // one-character word not adjacent
            "不满意，要投诉, false",          // clause break stops the look-back
            "不是说好了吗但投诉, false",      // 但 starts a new clause
            "不好意思投诉一下, false",        // 不 is not a denial word
            "投诉, false"
    })
    void deniesOnlyARealDenialInTheSameClause(String text, boolean denied) {
        assertThat(negation.negates(text, text.indexOf("投诉"))).isEqualTo(denied);
    }
}
