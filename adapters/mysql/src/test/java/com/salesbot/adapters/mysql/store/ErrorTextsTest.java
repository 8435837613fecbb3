package com.salesbot.adapters.mysql.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorTextsTest {
    @Test
    void textsUpToTheLimitAreKept() {
        String exact = "错".repeat(ErrorTexts.MAX_LENGTH);
        assertThat(ErrorTexts.fit(exact)).isSameAs(exact);
        assertThat(ErrorTexts.fit(null)).isNull();
    }

    @Test
    void longerTextsAreCutAtTheLimit() {
        assertThat(ErrorTexts.fit("a".repeat(ErrorTexts.MAX_LENGTH + 1))).hasSize(ErrorTexts.MAX_LENGTH);
    }

    @Test
    void aCutNeverSplitsAnEmoji() {
        String text = "a".repeat(ErrorTexts.MAX_LENGTH - 1) + "😀tail";
        String fitted = ErrorTexts.fit(text);
        assertThat(fitted).hasSize(ErrorTexts.MAX_LENGTH - 1);
        assertThat(Character.isHighSurrogate(fitted.charAt(fitted.length() - 1))).isFalse();
    }
}
