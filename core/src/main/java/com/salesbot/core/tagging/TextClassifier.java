package com.salesbot.core.tagging;

import java.util.List;

/** Scores a text against the scenario classes of a trained model (implemented in adapters/nlp). */
public interface TextClassifier {
    /** One score per known class, best first; empty when the text has no known feature. */
    List<ClassScore> classify(String text);

    /** A classifier that knows nothing: rules alone decide. */
    static TextClassifier none() {
        return text -> List.of();
    }
}
