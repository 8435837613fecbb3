package com.salesbot.core.tagging;

import java.util.List;

/**
 * One labelled customer message of config/tagging/labelled/ (see docs/tagging-labels.md).
 *
 * @param split  train, dev or test: the file it came from; only train rows are trained on, dev rows calibrate the
 *               confidences and compare models, test rows are measured once
 * @param labels the scenario labels, the main one first (mixed messages have more than one)
 */
public record LabelledExample(String split, List<String> labels, String text) {
    public static final String TRAIN = "train";
    public static final String DEV = "dev";
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
