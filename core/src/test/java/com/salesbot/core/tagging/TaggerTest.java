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
        // the classifier's "差评" is already named by the rule's evidence, so it is not repeated
        assertThat(t.evidence()).containsExactly("投诉-关键词: 差评", "失望");
    }

    /** A one-vs-rest classifier that reads the rule hits itself. */
    private static TextClassifier multiLabel(Map<String, List<ClassScore>> answers, boolean weighsRules) {
        return new TextClassifier() {
            @Override
            public List<ClassScore> classify(String text) {
                return answers.getOrDefault(text, List.of());
            }

            @Override
            public boolean weighsRules() {
                return weighsRules;
            }

            @Override
            public boolean multiLabel() {
                return true;
            }
        };
    }

    @Test
    void classifierThatWeighsTheRulesGivesTheConfidenceAndRulesStayEvidence() {
        String text = "差评";
        TextClassifier c = multiLabel(Map.of(text, List.of(new ClassScore("投诉", 0.4, List.of("失望")),
                new ClassScore("售后", 0.3, List.of()))), true);
        // no 1-(1-0.9)(1-0.4) merge: the model has already weighed the rule hit; 0.4 is below the minimum but
        // the best scenario of a multi-label model is the main one
        assertThat(tagger(c, "闲聊").tag(text).scenarios()).containsExactly(
                new TagAssignment("投诉", TagKind.SCENARIO, 0.4, List.of("投诉-关键词: 差评", "失望")));
    }

    @Test
    void multiLabelKeepsEveryScenarioFromTheMinimumAndDropsTheFallbackNextToThem() {
        TextClassifier c = multiLabel(Map.of(
                "a", List.of(new ClassScore("续费", 0.8, List.of()), new ClassScore("询价", 0.5, List.of()),
                        new ClassScore("闲聊", 0.6, List.of()), new ClassScore("投诉", 0.49, List.of())),
                "b", List.of(new ClassScore("闲聊", 0.3, List.of()), new ClassScore("投诉", 0.2, List.of()))), true);
        assertThat(tagger(c, "闲聊").tag("a").scenarios()).extracting(TagAssignment::tag)
                .containsExactly("续费", "询价");
        assertThat(tagger(c, "闲聊").tag("b").scenarios()).extracting(TagAssignment::tag, TagAssignment::confidence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("闲聊", 0.3));
    }

    @Test
    void singleLabelClassifierBelowTheMinimumStillFallsBack() {
        TextClassifier c = classifier(Map.of("b", List.of(new ClassScore("投诉", 0.45, List.of()))));
        assertThat(tagger(c, "闲聊").tag("b").scenarios()).extracting(TagAssignment::tag).containsExactly("闲聊");
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
