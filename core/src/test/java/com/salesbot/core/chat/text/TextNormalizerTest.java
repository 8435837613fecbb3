package com.salesbot.core.chat.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void foldsFullWidthLettersDigitsSpacesAndPunctuation() {
        assertThat(TextNormalizer.normalize("ＡＢＣ１２３")).isEqualTo("abc123");
        assertThat(TextNormalizer.normalize("打卡　４０分钟？")).isEqualTo("打卡 40分钟?");
    }

    @Test
    void dropsMentionsAndCollapsesWhitespace() {
        assertThat(TextNormalizer.normalize("@销售助手\u2005 我的   目标 ")).isEqualTo("我的 目标");
        assertThat(TextNormalizer.normalize("＠小助手 团队目标")).isEqualTo("团队目标");
    }

    @Test
    void foldsTraditionalCommandCharacters() {
        assertThat(TextNormalizer.normalize("團隊目標")).isEqualTo("团队目标");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        assertThat(TextNormalizer.length("客户很满意😀")).isEqualTo(6);
        assertThat(TextNormalizer.normalize(null)).isEmpty();
    }

    @Test
    void foldKeepsCaseSpacesAndMentionsForTextThatIsNotACommand() {
        assertThat(TextNormalizer.fold("ＣＲＭ  報價 @張三")).isEqualTo("CRM  報價 @張三");
        assertThat(TextNormalizer.fold("團隊 ＡＢ")).isEqualTo("团队 AB");
        assertThat(TextNormalizer.fold(" ")).isEmpty();
        assertThat(TextNormalizer.fold(null)).isEmpty();
    }

    @Test
    void foldUsesTheSimplifierItIsGivenAfterNfkc() {
        assertThat(TextNormalizer.fold("ＡＢ報價", s -> s.replace("報價", "报价"))).isEqualTo("AB报价");
        assertThat(TextNormalizer.fold("團隊", s -> s)).isEqualTo("團隊");
    }
}
