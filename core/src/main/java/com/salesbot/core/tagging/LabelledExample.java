package com.salesbot.core.tagging;

import java.util.List;

/**
 * One labelled message of config/tagging/examples.tsv.
 *
 * @param split  train or test; test rows are never trained on
 * @param labels the scenario labels, the main one first (mixed messages have more than one)
 */
public record LabelledExample(String split, List<String> labels, String text) {
    public static final String TRAIN = "train";
    public static final String TEST = "test";

    public LabelledExample {
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("an example needs a label");
        }
    }

    public String label() {
        return labels.get(0);
    }
}
