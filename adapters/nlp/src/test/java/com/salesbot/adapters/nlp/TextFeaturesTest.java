package com.salesbot.adapters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.tagging.LabelledExample;
import com.salesbot.core.tagging.LabelledExamplesReader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A frozen {@link TextFeatures} looks features up without sorting and stops at an unknown n-gram; what it returns
 * must be exactly the text's features that the dictionary knows, checked against a dictionary that learned the
 * same training texts and then goes on learning the new texts (ids are handed out in order of first sight, so the
 * two agree on every id the frozen one knows).
 */
class TextFeaturesTest {
    static List<LabelledExample> train;
    static List<LabelledExample> unseen;
    static final List<String> RULES = List.of("规则:询价-关键词", "否定规则:投诉-关键词");

    @BeforeAll
    static void read() {
        var reader = new LabelledExamplesReader(BusinessConfig.defaultScenarios());
        train = reader.read(TaggingAccuracyTest.CONFIG, "config/tagging", LabelledExample.TRAIN);
        unseen = reader.read(TaggingAccuracyTest.CONFIG, "config/tagging", LabelledExample.DEV);
    }

    private static TextFeatures learned(List<String> texts) {
        TextFeatures f = new TextFeatures(new HanlpTokenizer(), true);
        for (String t : texts) {
            f.ids(t, RULES);
        }
        return f;
    }

    @Test
    void frozenLookupGivesTheSameFeaturesAsTrainingForTrainingTexts() {
        TextFeatures learning = new TextFeatures(new HanlpTokenizer(), true);
        int[][] whileLearning = new int[train.size()][];
        for (int i = 0; i < train.size(); i++) {
            whileLearning[i] = learning.ids(train.get(i).text(), RULES);
        }
        learning.freeze();
        for (int i = 0; i < train.size(); i++) {
            int[] frozen = learning.ids(train.get(i).text(), RULES);
            assertThat(distinct(frozen)).isTrue();
            assertThat(sorted(frozen)).as(train.get(i).text()).isEqualTo(whileLearning[i]);
        }
    }

    @Test
    void frozenLookupOfANewTextGivesExactlyItsKnownFeatures() {
        List<String> texts = train.stream().map(LabelledExample::text).toList();
        TextFeatures frozen = learned(texts);
        frozen.freeze();
        int known = frozen.size();
        TextFeatures reference = learned(texts);
        int partlyUnknown = 0;
        for (LabelledExample e : unseen) {
            // the reference learns the new texts one after another: ids below `known` are the training texts' ones
            int[] all = reference.ids(e.text(), RULES);
            int[] expected = Arrays.stream(all).filter(id -> id < known).toArray();
            int[] got = frozen.ids(e.text(), RULES);
            assertThat(distinct(got)).isTrue();
            assertThat(sorted(got)).as(e.text()).isEqualTo(expected);
            if (expected.length < all.length) {
                partlyUnknown++;
            }
        }
        // new texts with unknown words and n-grams are what exercises the early stop
        assertThat(partlyUnknown).isGreaterThan(unseen.size() / 4);
    }

    @Test
    void unknownRuleNamesAndEmptyTextsGiveNoFeature() {
        TextFeatures f = learned(List.of("续费多少钱"));
        f.freeze();
        assertThat(f.ids("", List.of("规则:没有这条"))).isEmpty();
        assertThat(f.ids("续费", List.of())).isNotEmpty();
        assertThat(f.ids("𠀀𠀁", List.of())).isEmpty();
    }

    private static int[] sorted(int[] ids) {
        int[] copy = ids.clone();
        Arrays.sort(copy);
        return copy;
    }

    private static boolean distinct(int[] ids) {
        return Arrays.stream(ids).distinct().count() == ids.length;
    }
}
