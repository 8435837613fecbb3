package com.salesbot.adapters.nlp;

import com.salesbot.core.tagging.LabelledExample;
import java.util.List;
import java.util.function.Function;

/**
 * Per-scenario precision / recall / F1 and their macro average. Multi-label: a row counts for every scenario of its
 * labels, and a prediction is the set of scenarios the tagger keeps (tp when both have the scenario, fp when only the
 * prediction has it, fn when only the labels have it).
 */
record ScenarioMetrics(List<String> labels, int[] tp, int[] fp, int[] fn, int rows) {

    static ScenarioMetrics of(List<LabelledExample> rows, Function<LabelledExample, List<String>> predict,
                              List<String> labels) {
        int n = labels.size();
        ScenarioMetrics m = new ScenarioMetrics(labels, new int[n], new int[n], new int[n], rows.size());
        for (LabelledExample e : rows) {
            List<String> got = predict.apply(e);
            for (int c = 0; c < n; c++) {
                boolean want = e.labels().contains(labels.get(c));
                boolean have = got.contains(labels.get(c));
                if (want && have) {
                    m.tp[c]++;
                } else if (want) {
                    m.fn[c]++;
                } else if (have) {
                    m.fp[c]++;
                }
            }
        }
        return m;
    }

    double precision(int c) {
        return tp[c] + fp[c] == 0 ? 0 : (double) tp[c] / (tp[c] + fp[c]);
    }

    double recall(int c) {
        return tp[c] + fn[c] == 0 ? 0 : (double) tp[c] / (tp[c] + fn[c]);
    }

    double f1(int c) {
        double p = precision(c);
        double r = recall(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    double f1(String label) {
        return f1(labels.indexOf(label));
    }

    double minF1() {
        double min = 1;
        for (int c = 0; c < labels.size(); c++) {
            min = Math.min(min, f1(c));
        }
        return min;
    }

    double macroF1() {
        double sum = 0;
        for (int c = 0; c < labels.size(); c++) {
            sum += f1(c);
        }
        return sum / labels.size();
    }

    String report() {
        StringBuilder sb = new StringBuilder("| 场景 | precision | recall | F1 | n |\n|---|---|---|---|---|\n");
        for (int c = 0; c < labels.size(); c++) {
            sb.append(String.format("| %s | %.3f | %.3f | %.3f | %d |%n", labels.get(c), precision(c),
                    recall(c), f1(c), tp[c] + fn[c]));
        }
        return sb.append(String.format("| **macro-F1** | | | **%.3f** | %d rows |%n", macroF1(), rows)).toString();
    }
}
