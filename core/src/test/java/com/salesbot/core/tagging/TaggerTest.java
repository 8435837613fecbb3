package com.salesbot.core.tagging;

import static com.salesbot.core.tagging.TaggingFixtures.classifier;
import static com.salesbot.core.tagging.TaggingFixtures.keywords;
import static com.salesbot.core.tagging.TaggingFixtures.pattern;
import static com.salesbot.core.tagging.TaggingFixtures.signal;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.model.TagKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TaggerTest {
    private static final List<TagRule> RULES = List.of(
            keywords("投诉-关键词", "投诉", 0.9, "投诉", "差评"),
            keywords("续费-关键词", "续费", 0.9, "续费", "renew"),
            pattern("询价-正则", "询价", "每(?:套|年)[^，。]{0,4}多少"),
            signal("价格敏感-关键词", "价格敏感", "太贵"));

    private static Tagger tagger(TextClassifier classifier, String fallback) {
        return new Tagger(new TaggingRules(RULES, Negation.defaults(), 0.5, 0.2, fallback), classifier);
    }

    @Test
    void ruleHitGivesItsConfidenceAndNamesRuleAndWord() {
        TagResult r = tagger(TextClassifier.none(), null).tag("我要投诉你们");
        assertThat(r.scenarios()).containsExactly(
                new TagAssignment("投诉", TagKind.SCENARIO, 0.9, List.of("投诉-关键词: 投诉")));
    }

    @Test
    void englishAndPinyinKeywordsMatchInAnyCase() {
        assertThat(tagger(TextClassifier.none(), null).tag("we want to RENEW").scenarios())
                .extracting(TagAssignment::tag).containsExactly("续费");
    }

    @Test
    void regexRuleReportsTheMatchedWords() {
        TagAssignment t = tagger(TextClassifier.none(), null).tag("每套大概多少").scenarios().get(0);
        assertThat(t.tag()).isEqualTo("询价");
        assertThat(t.evidence()).containsExactly("询价-正则: 每套大概多少");
    }

    @Test
    void ruleAndClassifierCombineAndClassifierFeaturesBecomeEvidence() {
        String text = "差评";
        TextClassifier c = classifier(Map.of(text, List.of(new ClassScore("投诉", 0.5, List.of("差评", "失望")))));
        TagAssignment t = tagger(c, null).tag(text).scenarios().get(0);
        assertThat(t.confidence()).isEqualTo(0.95); // 1 - 0.1 * 0.5
        assertThat(t.evidence()).containsExactly("投诉-关键词: 差评", "差评", "失望");
    }

    @Test
    void deniedRuleDoesNotTagAndScalesTheClassifierDown() {
        String text = "不是投诉，就是问问";
        TextClassifier c = classifier(Map.of(text, List.of(new ClassScore("投诉", 0.9, List.of("投诉")),
                new ClassScore("闲聊", 0.1, List.of()))));
        TagResult r = tagger(c, "闲聊").tag(text);
        assertThat(r.scenarios()).extracting(TagAssignment::tag).containsExactly("闲聊");
        assertThat(r.scenarios().get(0).evidence()).containsExactly(Tagger.FALLBACK_EVIDENCE);
    }

    @Test
    void minConfidenceKeepsTheBoundaryAndDropsJustBelow() {
        TextClassifier c = classifier(Map.of(
                "a", List.of(new ClassScore("询价", 0.5, List.of())),
                "b", List.of(new ClassScore("询价", 0.4999, List.of()))));
        Tagger t = tagger(c, null);
        assertThat(t.tag("a").scenarios()).extracting(TagAssignment::tag).containsExactly("询价");
        assertThat(t.tag("b").scenarios()).isEmpty();
    }

    @Test
    void scenariosComeBestFirstAndMixedMessagesKeepBoth() {
        TagResult r = tagger(TextClassifier.none(), null).tag("续费可以，但先处理我的投诉");
        assertThat(r.scenarios()).extracting(TagAssignment::tag).containsExactlyInAnyOrder("投诉", "续费");
        String text = "续费";
        TextClassifier c = classifier(Map.of(text, List.of(new ClassScore("询价", 0.7, List.of()),
                new ClassScore("续费", 0.3, List.of()))));
        assertThat(tagger(c, null).tag(text).scenarios()).extracting(TagAssignment::tag)
                .containsExactly("续费", "询价");
    }

    @Test
    void priceSensitiveIsASignalNotAScenario() {
        TagResult r = tagger(TextClassifier.none(), null).tag("太贵了");
        assertThat(r.scenarios()).isEmpty();
        assertThat(r.signals()).extracting(TagAssignment::tag).containsExactly("价格敏感");
        assertThat(r.hasSignal("价格敏感")).isTrue();
    }

    @Test
    void blankTextHasNoTag() {
        assertThat(tagger(TextClassifier.none(), "闲聊").tag("  ").all()).isEmpty();
    }

    @Test
    void shippedRulesTagTypicalMessages() {
        Tagger shipped = new Tagger(TaggingFixtures.shippedRules(), TextClassifier.none());
        assertThat(shipped.tag("我要去12315投诉你们").scenarios().get(0).tag()).isEqualTo("投诉");
        assertThat(shipped.tag("不是投诉，想问下报价").scenarios()).extracting(TagAssignment::tag)
                .containsExactly("询价");
        assertThat(shipped.tag("好的").scenarios()).extracting(TagAssignment::tag).containsExactly("闲聊");
        assertThat(shipped.tag("合同快到期了").scenarios().get(0).tag()).isEqualTo("续费");
        assertThat(shipped.tag("有点贵，能不能便宜点").signals()).extracting(TagAssignment::tag)
                .containsExactly("价格敏感");
    }
}
