package com.salesbot.adapters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.tagging.ClassScore;
import com.salesbot.core.tagging.LabelledExample;
import com.salesbot.core.tagging.LabelledExamplesReader;
import com.salesbot.core.tagging.RuleMatcher;
import com.salesbot.core.tagging.TaggingRules;
import com.salesbot.core.tagging.TaggingRulesReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The confidences mean what they say, checked on the dev split without scoring a row with a calibration fitted on
 * it: dev is cut in two halves, the model calibrated on one half is scored on the other and vice versa. Every
 * (message, scenario) pair is one prediction; in each probability bin of width 0.2 with enough predictions the share
 * that really carries the scenario lies within 0.15 of the mean confidence, and the expected calibration error over
 * all bins is at most 0.06. A scenario scored 0.5 or more is labelled more often than not, one scored below less often.
 */
class TaggingCalibrationTest {
    static final Path CONFIG = Path.of("../../config/tagging");
    static final int BINS = 5;
    static final int MIN_IN_BIN = 25;

    @Test
    void crossFittedConfidencesMatchTheObservedShareOnDev() {
        var scenarios = BusinessConfig.defaultScenarios();
        var reader = new LabelledExamplesReader(scenarios);
        List<LabelledExample> train = reader.read(CONFIG, "config/tagging", LabelledExample.TRAIN);
        List<LabelledExample> dev = reader.read(CONFIG, "config/tagging", LabelledExample.DEV);
        TaggingRules rules = new TaggingRulesReader(scenarios).read(CONFIG, "config/tagging");
        RuleMatcher matcher = new RuleMatcher(rules.rules(), rules.negation());
        List<String> labels = scenarios.stream().map(c -> c.label()).toList();
        List<LabelledExample> a = new ArrayList<>();
        List<LabelledExample> b = new ArrayList<>();
        for (int i = 0; i < dev.size(); i++) {
            (i % 2 == 0 ? a : b).add(dev.get(i));
        }
        int above = 0;
        int aboveHits = 0;
        int below = 0;
        int belowHits = 0;
        double[] sumP = new double[BINS];
        int[] hits = new int[BINS];
        int[] count = new int[BINS];
        for (int fold = 0; fold < 2; fold++) {
            List<LabelledExample> fit = fold == 0 ? a : b;
            List<LabelledExample> check = fold == 0 ? b : a;
            var model = LinearTextClassifier.train(train, fit, labels, LinearTextClassifier.Options.DEFAULT, matcher);
            for (LabelledExample e : check) {
                for (ClassScore s : model.classify(e.text())) {
                    int bin = Math.min(BINS - 1, (int) (s.probability() * BINS));
                    sumP[bin] += s.probability();
                    count[bin]++;
                    boolean labelled = e.labels().contains(s.label());
                    hits[bin] += labelled ? 1 : 0;
                    if (s.probability() >= 0.5) {
                        above++;
                        aboveHits += labelled ? 1 : 0;
                    } else {
                        below++;
                        belowHits += labelled ? 1 : 0;
                    }
                }
            }
        }
        int total = 0;
        double ece = 0;
        StringBuilder table = new StringBuilder("| confidence | predictions | mean confidence | share labelled |\n"
                + "|---|---|---|---|\n");
        for (int i = 0; i < BINS; i++) {
            total += count[i];
        }
        for (int i = 0; i < BINS; i++) {
            double mean = count[i] == 0 ? 0 : sumP[i] / count[i];
            double share = count[i] == 0 ? 0 : (double) hits[i] / count[i];
            table.append(String.format("| %.1f-%.1f | %d | %.3f | %.3f |%n", i / (double) BINS,
                    (i + 1) / (double) BINS, count[i], mean, share));
            ece += (double) count[i] / total * Math.abs(mean - share);
            if (count[i] >= MIN_IN_BIN) {
                assertThat(share).as("bin %d", i).isCloseTo(mean, org.assertj.core.data.Offset.offset(0.15));
            }
        }
        System.out.println(table + String.format("expected calibration error %.3f%n", ece));
        assertThat(ece).isLessThanOrEqualTo(0.06);
        System.out.printf("at >= 0.5: %d of %d labelled; below 0.5: %d of %d labelled%n", aboveHits, above,
                belowHits, below);
        assertThat(2 * aboveHits).isGreaterThan(above);
        assertThat(2 * belowHits).isLessThan(below);
    }
}
