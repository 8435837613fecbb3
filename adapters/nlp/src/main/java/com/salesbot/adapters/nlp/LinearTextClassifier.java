package com.salesbot.adapters.nlp;

import com.salesbot.core.tagging.ClassScore;
import com.salesbot.core.config.Choice;
import com.salesbot.core.model.TagKind;
import com.salesbot.core.tagging.LabelledExample;
import com.salesbot.core.tagging.LabelledExamplesReader;
import com.salesbot.core.tagging.RuleHit;
import com.salesbot.core.tagging.RuleMatcher;
import com.salesbot.core.tagging.TaggingRules;
import com.salesbot.core.tagging.TextClassifier;
import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Multi-label scenario classifier: one L2-regularised logistic regression per scenario (one-vs-rest, liblinear)
 * over {@link TextFeatures} (HanLP words + character 1-3 grams). Each scenario's probability is its own (they do not
 * sum to 1), so a message can be 询价 and 续费 at once. The raw scores are calibrated per scenario with Platt scaling
 * fitted on the dev split, so that "0.7" means about 7 in 10 such messages carry the tag. Evidence of a scenario: the
 * text's words and 2-3 character n-grams with the largest positive weight. Immutable after training, thread-safe.
 */
public final class LinearTextClassifier implements TextClassifier {
    private static final int MAX_FEATURES = 3;
    /** Below this probability a scenario's evidence is not worked out: the tagger drops it anyway. */
    private static final double EVIDENCE_FROM = 0.3;

    /** Training knobs compared on the dev split (docs/tagging.md). */
    public record Options(double c, boolean words, boolean calibrate, double ruleValue) {
        public static final Options DEFAULT = new Options(64.0, true, true, 0.25);
    }

    /** Rule-hit feature prefix: the hit counts only when a rule of the tagging rules matched (not denied). */
    static final String RULE = "规则:";
    static final String DENIED = "否定规则:";

    private final TextFeatures features;
    /** The rules whose hits are features; null when the model reads none. */
    private final RuleMatcher rules;
    private final boolean weighsRules;
    private final double ruleValue;
    private final String[] labels;
    /** weights[feature * labels + class]. */
    private final double[] weights;
    private final double[] bias;
    private final double[] plattA;
    private final double[] plattB;

    private LinearTextClassifier(TextFeatures features, RuleMatcher rules, double ruleValue, String[] labels, double[] weights,
                                 double[] bias, double[] plattA, double[] plattB) {
        this.features = features;
        this.rules = rules;
        this.weighsRules = rules != null;
        this.ruleValue = ruleValue;
        this.labels = labels;
        this.weights = weights;
        this.bias = bias;
        this.plattA = plattA;
        this.plattB = plattB;
    }

    /**
     * Trains on {@code train} (every label of a row counts) and calibrates on {@code dev} (may be empty). With
     * {@code rules} (may be null) each scenario rule's hit, or denied hit, is one more feature, so the model learns
     * how far to trust each rule instead of the fixed merge of {@link com.salesbot.core.tagging.Tagger}.
     */
    public static LinearTextClassifier train(List<LabelledExample> train, List<LabelledExample> dev,
                                             List<String> scenarios, Options options, RuleMatcher rules) {
        if (train.isEmpty()) {
            throw new IllegalArgumentException("no training example");
        }
        QuietHanlpLogger.install();
        Linear.disableDebugOutput();
        TextFeatures features = new TextFeatures(new HanlpTokenizer(), options.words());
        List<int[]> rows = new ArrayList<>(train.size());
        for (LabelledExample e : train) {
            rows.add(features.ids(e.text(), ruleFeatures(rules, e.text())));
        }
        features.freeze();
        int d = features.size();
        String[] labels = scenarios.toArray(String[]::new);
        int k = labels.length;
        double[] weights = new double[d * k];
        double[] bias = new double[k];
        Feature[][] x = new Feature[rows.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = vector(rows.get(i), features, options.ruleValue());
        }
        Feature[][] withBias = withBias(x, d + 1);
        for (int c = 0; c < k; c++) {
            Problem problem = new Problem();
            problem.l = withBias.length;
            problem.n = d + 1;
            problem.bias = 1;
            problem.x = withBias;
            problem.y = new double[withBias.length];
            for (int i = 0; i < withBias.length; i++) {
                problem.y[i] = train.get(i).labels().contains(labels[c]) ? 1 : 0;
            }
            Model model = Linear.train(problem, new Parameter(SolverType.L2R_LR, options.c(), 0.01));
            double[] w = model.getFeatureWeights();
            // liblinear's weights score the model's first label; make them score "has the scenario"
            double sign = model.getLabels()[0] == 1 ? 1 : -1;
            for (int f = 0; f < d; f++) {
                weights[f * k + c] = sign * w[f];
            }
            bias[c] = sign * w[d];
        }
        double[] a = new double[k];
        double[] b = new double[k];
        java.util.Arrays.fill(a, 1);
        LinearTextClassifier raw =
                new LinearTextClassifier(features, rules, options.ruleValue(), labels, weights, bias, a, b);
        if (!options.calibrate() || dev.isEmpty()) {
            return raw;
        }
        double[][] z = new double[dev.size()][];
        for (int i = 0; i < z.length; i++) {
            z[i] = raw.decision(features.ids(dev.get(i).text(), ruleFeatures(rules, dev.get(i).text())));
        }
        for (int c = 0; c < k; c++) {
            double[] zc = new double[z.length];
            boolean[] yc = new boolean[z.length];
            for (int i = 0; i < z.length; i++) {
                zc[i] = z[i][c];
                yc[i] = dev.get(i).labels().contains(labels[c]);
            }
            double[] ab = Platt.fit(zc, yc);
            a[c] = ab[0];
            b[c] = ab[1];
        }
        return new LinearTextClassifier(features, rules, options.ruleValue(), labels, weights, bias, a, b);
    }

    /**
     * The shipped model from a config/tagging folder: trained on labelled/train.tsv, calibrated on labelled/dev.tsv,
     * reading the hits of {@code rules} with the default options.
     */
    public static LinearTextClassifier fromConfig(Path taggingFolder, String shownFolder, List<Choice> scenarios,
                                                  TaggingRules rules) {
        var reader = new LabelledExamplesReader(scenarios);
        return train(reader.read(taggingFolder, shownFolder, LabelledExample.TRAIN),
                reader.read(taggingFolder, shownFolder, LabelledExample.DEV),
                scenarios.stream().map(Choice::label).toList(), Options.DEFAULT,
                new RuleMatcher(rules.rules(), rules.negation()));
    }

    private static List<String> ruleFeatures(RuleMatcher rules, String text) {
        return rules == null ? List.of() : ruleFeatures(rules.match(text));
    }

    private static List<String> ruleFeatures(List<RuleHit> hits) {
        List<String> out = new ArrayList<>(hits.size());
        for (RuleHit hit : hits) {
            if (hit.rule().kind() == TagKind.SCENARIO) {
                out.add((hit.negated() ? DENIED : RULE) + hit.rule().name());
            }
        }
        return out;
    }

    @Override
    public boolean multiLabel() {
        return true;
    }

    @Override
    public boolean weighsRules() {
        return weighsRules;
    }

    public List<String> labels() {
        return List.of(labels);
    }

    public int featureCount() {
        return features.size();
    }

    @Override
    public List<ClassScore> classify(String text) {
        return classify(text, rules == null ? List.of() : rules.match(text));
    }

    @Override
    public List<ClassScore> classify(String text, List<RuleHit> ruleHits) {
        int[] ids = features.ids(text, rules == null ? List.of() : ruleFeatures(ruleHits));
        if (ids.length == 0) {
            return List.of();
        }
        double[] z = decision(ids);
        List<ClassScore> scores = new ArrayList<>(labels.length);
        for (int c = 0; c < labels.length; c++) {
            double p = Platt.sigmoid(plattA[c] * z[c] + plattB[c]);
            scores.add(new ClassScore(labels[c], p, p >= EVIDENCE_FROM ? evidence(ids, c) : List.of()));
        }
        scores.sort(Comparator.comparingDouble(ClassScore::probability).reversed());
        return scores;
    }

    private double[] decision(int[] ids) {
        int k = labels.length;
        double[] z = bias.clone();
        double v = 1 / Math.sqrt(ids.length);
        for (int id : ids) {
            int at = id * k;
            double x = features.isNamed(id) ? ruleValue : v;
            for (int c = 0; c < k; c++) {
                z[c] += weights[at + c] * x;
            }
        }
        return z;
    }

    /**
     * The showable features with the largest positive weights, none contained in another; equal weights go by the
     * lower feature id, so the result does not depend on the order of {@code ids}.
     */
    private List<String> evidence(int[] ids, int c) {
        int k = labels.length;
        List<String> out = new ArrayList<>(MAX_FEATURES);
        int last = -1;
        double bound = Double.MAX_VALUE;
        while (out.size() < MAX_FEATURES) {
            int best = -1;
            double w = 0;
            for (int id : ids) {
                double x = weights[id * k + c];
                if ((x > w || (x == w && best >= 0 && id < best)) && (x < bound || (x == bound && id > last))
                        && features.isShowable(id)) {
                    best = id;
                    w = x;
                }
            }
            if (best < 0) {
                break;
            }
            bound = w;
            last = best;
            String name = features.name(best);
            if (!overlaps(out, name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static boolean overlaps(List<String> chosen, String name) {
        for (String s : chosen) {
            if (s.contains(name) || name.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private static Feature[] vector(int[] ids, TextFeatures features, double ruleValue) {
        Feature[] f = new Feature[ids.length];
        double v = ids.length == 0 ? 0 : 1 / Math.sqrt(ids.length);
        for (int i = 0; i < ids.length; i++) {
            f[i] = new FeatureNode(ids[i] + 1, features.isNamed(ids[i]) ? ruleValue : v);
        }
        return f;
    }

    private static Feature[][] withBias(Feature[][] x, int biasIndex) {
        Feature[][] out = new Feature[x.length][];
        for (int i = 0; i < x.length; i++) {
            out[i] = java.util.Arrays.copyOf(x[i], x[i].length + 1);
            out[i][x[i].length] = new FeatureNode(biasIndex, 1);
        }
        return out;
    }
}
