package com.salesbot.adapters.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.model.TagAssignment;
import com.salesbot.core.tagging.ClassScore;
import com.salesbot.core.tagging.LabelledExample;
import com.salesbot.core.tagging.LabelledExamplesReader;
import com.salesbot.core.tagging.RuleMatcher;
import com.salesbot.core.tagging.Tagger;
import com.salesbot.core.tagging.TaggingRules;
import com.salesbot.core.tagging.TaggingRulesReader;
import com.salesbot.core.tagging.TextClassifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model choice of docs/tagging.md, made on the dev split only (the test split is not read here): naive Bayes,
 * one-vs-rest logistic regression, and the rules merged with each. Prints the table and checks that the shipped
 * choice (rules + calibrated logistic regression) is still the best on dev.
 */
class ModelComparisonTest {
    static final Path CONFIG = Path.of("../../config/tagging");

    static List<LabelledExample> train;
    static List<LabelledExample> dev;
    static List<String> labels;
    static TaggingRules rules;

    @BeforeAll
    static void read() {
        var reader = new LabelledExamplesReader(BusinessConfig.defaultScenarios());
        train = reader.read(CONFIG, "config/tagging", LabelledExample.TRAIN);
        dev = reader.read(CONFIG, "config/tagging", LabelledExample.DEV);
        labels = BusinessConfig.defaultScenarios().stream().map(c -> c.label()).toList();
        rules = new TaggingRulesReader(BusinessConfig.defaultScenarios()).read(CONFIG, "config/tagging");
    }

    @Test
    void rulesPlusCalibratedLogisticRegressionIsTheBestOnDev() {
        HanlpTextClassifier bayes = HanlpTextClassifier.train(train);
        Map<String, ScenarioMetrics> table = new LinkedHashMap<>();
        TaggingRules noRules = new TaggingRules(List.of(), rules.negation(), rules.minConfidence(),
                rules.negatedFactor(), rules.fallback());
        table.put("naive Bayes", measure(tagged(new Tagger(noRules, bayes))));
        table.put("rules + naive Bayes", measure(tagged(new Tagger(rules, bayes))));
        RuleMatcher matcher = new RuleMatcher(rules.rules(), rules.negation());
        LinearTextClassifier chosen = null;
        for (double c : new double[] {4, 16, 64}) {
            for (boolean words : new boolean[] {false, true}) {
                var options = new LinearTextClassifier.Options(c, words, true, 1.0);
                String name = "LR C=" + c + (words ? " words+chars" : " chars");
                LinearTextClassifier lr = LinearTextClassifier.train(train, dev, labels, options, null);
                table.put(name, measure(tagged(new Tagger(noRules, lr))));
                table.put("rules + " + name, measure(tagged(new Tagger(rules, lr))));
                for (double ruleValue : new double[] {0.25, 1.0}) {
                    var stackedOptions = new LinearTextClassifier.Options(c, words, true, ruleValue);
                    var stacked = LinearTextClassifier.train(train, dev, labels, stackedOptions, matcher);
                    table.put("rule hits (x" + ruleValue + ") as features of " + name,
                            measure(tagged(new Tagger(rules, stacked))));
                    if (stackedOptions.equals(LinearTextClassifier.Options.DEFAULT)) {
                        chosen = stacked;
                    }
                }
            }
        }
        var d = LinearTextClassifier.Options.DEFAULT;
        var uncalibrated = LinearTextClassifier.train(train, dev, labels,
                new LinearTextClassifier.Options(d.c(), d.words(), false, d.ruleValue()), matcher);
        table.put("shipped choice without calibration", measure(tagged(new Tagger(rules, uncalibrated))));
        StringBuilder sb = new StringBuilder("| model (dev split) | 询价 | 投诉 | 续费 | 售后 | 闲聊 | macro-F1 |\n"
                + "|---|---|---|---|---|---|---|\n");
        table.forEach((name, m) -> {
            sb.append("| ").append(name);
            for (String l : labels) {
                sb.append(String.format(" | %.3f", m.f1(l)));
            }
            sb.append(String.format(" | %.3f |%n", m.macroF1()));
        });
        System.out.println(sb);
        Tagger shippedTagger = new Tagger(rules, chosen);
        for (LabelledExample e : dev) {
            List<String> got = tagged(shippedTagger).apply(e);
            if (!new java.util.HashSet<>(got).equals(new java.util.HashSet<>(e.labels()))) {
                System.out.println("dev miss: " + e.labels() + " -> " + shippedTagger.tag(e.text()).scenarios()
                        + " | " + e.text());
            }
        }
        ScenarioMetrics shipped = measure(tagged(shippedTagger));
        double best = table.values().stream().mapToDouble(ScenarioMetrics::macroF1).max().orElseThrow();
        assertThat(shipped.macroF1()).isGreaterThanOrEqualTo(best - 0.01);
        assertThat(shipped.macroF1()).isGreaterThan(table.get("rules + naive Bayes").macroF1());
    }

    private ScenarioMetrics measure(Function<LabelledExample, List<String>> predict) {
        return ScenarioMetrics.of(dev, predict, labels);
    }

    static Function<LabelledExample, List<String>> tagged(Tagger tagger) {
        return e -> tagger.tag(e.text()).scenarios().stream().map(TagAssignment::tag).toList();
    }

    /** The classifier on its own: every scenario at >= 0.5, else its best one. */
    static Function<LabelledExample, List<String>> alone(TextClassifier classifier) {
        return e -> {
            List<ClassScore> scores = classifier.classify(e.text());
            List<String> out = new ArrayList<>();
            scores.stream().filter(s -> s.probability() >= 0.5).forEach(s -> out.add(s.label()));
            if (out.isEmpty() && !scores.isEmpty()) {
                out.add(scores.get(0).label());
            }
            return out;
        };
    }
}
