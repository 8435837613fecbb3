package com.salesbot.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullWidthTest {
    @Test
    void listedMarksBecomeTheirFullWidthTwinsAndTheRestStays() {
        assertThat(FullWidth.escape("[点我](http://x) *粗* $5 ~", "[]()*~", ""))
                .isEqualTo("［点我］（http://x） ＊粗＊ $5 ～");
    }

    @Test
    void leadingMarksAreReplacedOnlyAtTheStart() {
        assertThat(FullWidth.escape("- 一项 - 二项 +3", "", "-+")).isEqualTo("－ 一项 - 二项 +3");
        assertThat(FullWidth.escape("+86 电话", "", "-+")).isEqualTo("＋86 电话");
    }

    @Test
    void lineBreaksBecomeSpacesSoNoMarkStartsALine() {
        assertThat(FullWidth.escape("第一行\n# 标题\r\n", "#", "")).isEqualTo("第一行 ＃ 标题  ");
    }

    @Test
    void nullIsEmpty() {
        assertThat(FullWidth.escape(null, "#", "-")).isEmpty();
    }
}
