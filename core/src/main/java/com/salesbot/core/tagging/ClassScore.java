package com.salesbot.core.tagging;

import java.util.List;

/**
 * A classifier's score for one class.
 *
 * @param label       the scenario label, e.g. 投诉
 * @param probability 0..1; a single-label model's scores of one text sum to 1, a multi-label model's need not
 * @param features    the strongest features for this class in the text, strongest first
 */
public record ClassScore(String label, double probability, List<String> features) {
    public ClassScore {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("label is required");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability out of 0..1: " + probability);
        }
        features = features == null ? List.of() : List.copyOf(features);
    }
}
