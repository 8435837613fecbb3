package com.salesbot.adapters.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SnippetsTest {
    @Test
    void aShortTalkTrackIsKeptWholeOnOneLine() {
        assertThat(Snippets.of("- 先问预算归谁。\n- 再约财务。")).isEqualTo("先问预算归谁。 再约财务。");
    }

    @Test
    void aLongTalkTrackIsCutAtTheLastSentenceEndWithinTheLimit() {
        String sentence = "我们先把三年的总成本放在一起算一笔账。"; // 19 characters
        String snippet = Snippets.of(sentence.repeat(6));

        assertThat(snippet).isEqualTo(sentence.repeat(4));
        assertThat(snippet.length()).isLessThanOrEqualTo(Snippets.MAX_CHARS);
    }

    @Test
    void aLongTalkTrackWithoutSentenceEndsIsCutAtTheLimitWithAnEllipsis() {
        String snippet = Snippets.of("降".repeat(Snippets.MAX_CHARS + 1));

        assertThat(snippet).isEqualTo("降".repeat(Snippets.MAX_CHARS - 1) + "…");
    }

    @Test
    void aCutNeverEndsInsideAQuote() {
        String quoted = "先认同客户。再说：“" + "价格确实重要。".repeat(12) + "”最后约下次时间。";
        String snippet = Snippets.of(quoted);

        assertThat(snippet).isEqualTo("先认同客户。");
        assertThat(Snippets.of("先认同：“价格确实重要。”再约演示。" + "补".repeat(80))).isEqualTo("先认同：“价格确实重要。”再约演示。");
    }

    @Test
    void exactlyTheLimitIsNotCut() {
        assertThat(Snippets.of("降".repeat(Snippets.MAX_CHARS))).isEqualTo("降".repeat(Snippets.MAX_CHARS));
    }
}
