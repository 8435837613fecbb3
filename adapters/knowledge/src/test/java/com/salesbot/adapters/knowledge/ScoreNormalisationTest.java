package com.salesbot.adapters.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 0..1 score is the best hit over the query's own virtual article: comparable across queries. */
class ScoreNormalisationTest {
    private final KnowledgeIndex index = KnowledgeFixture.shippedIndex();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', textBlock = """
            財務說預算要等下季度             | 财务说预算要等下季度
            客戶覺得我們比競品貴30%          | 客户觉得我们比竞品贵30%
            要和ＥＲＰ对接，数据要打通        | 要和ERP对接，数据要打通
            客户觉得我们比竞品贵３０％        | 客户觉得我们比竞品贵30%
            能不能再打個折？                 | 能不能再打个折?
            """)
    void traditionalAndFullWidthInputScoreLikeTheirPlainForm(String variant, String plain) {
        KnowledgeHit expected = index.best(plain).orElseThrow();
        KnowledgeHit actual = index.best(variant).orElseThrow();

        assertThat(actual.article().id()).isEqualTo(expected.article().id());
        assertThat(actual.score()).isCloseTo(expected.score(), within(1e-9));
    }

    @Test
    void everyArticleIsTheBestMatchForItsOwnKeywords() {
        for (KnowledgeArticle article : KnowledgeBaseLoader.load(KnowledgeFixture.SHIPPED)) {
            KnowledgeHit hit = index.best(String.join("，", article.keywords())).orElseThrow();

            assertThat(hit.article().id()).as(article.file()).isEqualTo(article.id());
            assertThat(hit.score()).as(article.file()).isGreaterThanOrEqualTo(0.8).isLessThanOrEqualTo(1.0);
        }
    }

    @Test
    void wordsNoArticleKnowsPullTheScoreDown() {
        double focused = index.best("预算审批").orElseThrow().score();
        double chatty = index.best("预算审批，周末去爬山").orElseThrow().score();
        double chattier = index.best("预算审批，周末去爬山，顺便看电影").orElseThrow().score();

        assertThat(focused).isGreaterThan(chatty);
        assertThat(chatty).isGreaterThan(chattier);
        assertThat(focused).isGreaterThanOrEqualTo(0.5);
        assertThat(chattier).isLessThan(0.5);
    }

    @Test
    void repeatingTheQueryDoesNotInflateTheScore() {
        String once = "财务说预算要等下季度";
        double single = index.best(once).orElseThrow().score();
        double twice = index.best(once + "。" + once).orElseThrow().score();

        assertThat(twice).isCloseTo(single, within(0.1));
    }

    @Test
    void textWithOnlyStopWordsOrNumbersFindsNothing() {
        for (String text : List.of("", "   ", "我们觉得吧", "30%", "。！？")) {
            assertThat(index.best(text)).as(text).isEmpty();
        }
    }
}
