package com.salesbot.adapters.nlp;

import com.hankcs.hanlp.classification.corpus.Document;
import com.hankcs.hanlp.classification.corpus.MemoryDataSet;
import com.hankcs.hanlp.classification.models.NaiveBayesModel;
import com.salesbot.core.tagging.ClassScore;
import com.salesbot.core.tagging.LabelledExample;
import com.salesbot.core.tagging.TextClassifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Scenario classifier: HanLP segmentation ({@link HanlpTokenizer}) and HanLP's multinomial naive Bayes without
 * feature selection ({@link AllFeaturesNaiveBayes}), trained once from labelled rows. Kept as the baseline that
 * {@link LinearTextClassifier} replaced (docs/tagging.md: model comparison, TaggingBenchmark). Scores are HanLP's normalised probabilities (enableProbability, on by default); the evidence of a class is the
 * text's words that favour it most (log-likelihood above the mean of the other classes). A text with no known word
 * gets no score. Immutable after training, safe for concurrent use.
 */
public final class HanlpTextClassifier implements TextClassifier {
    private static final int MAX_FEATURES = 3;

    private final HanlpTokenizer tokenizer;
    private final AllFeaturesNaiveBayes bayes;
    private final NaiveBayesModel model;
    private final String[] labels;
    /** [feature id][class] log-likelihood, copied from the model's boxed maps for the evidence. */
    private final double[][] logLikelihood;

    private HanlpTextClassifier(HanlpTokenizer tokenizer, AllFeaturesNaiveBayes bayes) {
        this.tokenizer = tokenizer;
        this.bayes = bayes;
        this.model = bayes.getNaiveBayesModel();
        this.labels = model.catalog.clone();
        this.logLikelihood = new double[model.d][labels.length];
        for (Map.Entry<Integer, Map<Integer, Double>> f : model.logLikelihoods.entrySet()) {
            for (Map.Entry<Integer, Double> c : f.getValue().entrySet()) {
                logLikelihood[f.getKey()][c.getKey()] = c.getValue();
            }
        }
    }

    /** Trains on the examples' main labels; pass only the train split. */
    public static HanlpTextClassifier train(List<LabelledExample> examples) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training example");
        }
        QuietHanlpLogger.install();
        HanlpTokenizer tokenizer = new HanlpTokenizer();
        MemoryDataSet data = new MemoryDataSet();
        data.setTokenizer(tokenizer);
        for (LabelledExample e : examples) {
            data.add(e.label(), e.text());
        }
        AllFeaturesNaiveBayes bayes = new AllFeaturesNaiveBayes();
        bayes.enableProbability(true);
        bayes.train(data);
        bayes.getNaiveBayesModel().tokenizer = tokenizer;
        return new HanlpTextClassifier(tokenizer, bayes);
    }

    public List<String> labels() {
        return List.of(labels);
    }

    @Override
    public List<ClassScore> classify(String text) {
        String[] words = tokenizer.segment(text);
        int[] ids = new int[words.length];
        int known = 0;
        for (int i = 0; i < words.length; i++) {
            Integer id = model.wordIdTrie.get(words[i]);
            ids[i] = id == null ? -1 : id;
            known += id == null ? 0 : 1;
        }
        if (known == 0) {
            return List.of();
        }
        double[] p = bayes.categorize(new Document(model.wordIdTrie, words));
        List<ClassScore> scores = new ArrayList<>(labels.length);
        for (int c = 0; c < labels.length; c++) {
            scores.add(new ClassScore(labels[c], p[c], features(words, ids, c)));
        }
        scores.sort(Comparator.comparingDouble(ClassScore::probability).reversed());
        return scores;
    }

    private List<String> features(String[] words, int[] ids, int c) {
        List<String> best = new ArrayList<>(MAX_FEATURES);
        double[] weight = new double[MAX_FEATURES];
        for (int i = 0; i < words.length; i++) {
            if (ids[i] < 0 || best.contains(words[i])) {
                continue;
            }
            double w = favour(ids[i], c);
            if (w <= 0) {
                continue;
            }
            int at = best.size();
            while (at > 0 && weight[at - 1] < w) {
                at--;
            }
            if (at < MAX_FEATURES) {
                if (best.size() == MAX_FEATURES) {
                    best.remove(MAX_FEATURES - 1);
                }
                System.arraycopy(weight, at, weight, at + 1, MAX_FEATURES - at - 1);
                weight[at] = w;
                best.add(at, words[i]);
            }
        }
        return best;
    }

    private double favour(int feature, int c) {
        double[] ll = logLikelihood[feature];
        double others = 0;
        for (int k = 0; k < ll.length; k++) {
            if (k != c) {
                others += ll[k];
            }
        }
        return ll[c] - others / (ll.length - 1);
    }
}
