package com.salesbot.core.tagging;

import java.util.List;

/** Scores a text against the scenario classes of a trained model (implemented in adapters/nlp). */
public interface TextClassifier {
    /** One score per known class, best first; empty when the text has no known feature. */
    List<ClassScore> classify(String text);

    /**
     * Same, given the rule hits the tagger has already found in the text (a classifier that
     * {@link #weighsRules() weighs the rules} reads them instead of matching the rules a second time).
     */
    default List<ClassScore> classify(String text, List<RuleHit> ruleHits) {
        return classify(text);
    }

    /**
     * True when the classifier already reads the rule hits as features of its own (its probability is the merged
     * confidence); the tagger then shows the rules as evidence only instead of combining their confidence again.
     */
    default boolean weighsRules() {
        return false;
    }

    /**
     * True when each scenario is scored on its own (one-vs-rest, probabilities need not sum to 1, 闲聊 is a class
     * of its own): every message then has a main scenario, the most likely one, even when no scenario reaches the
     * tagger's minimum confidence; further scenarios need the minimum.
     */
    default boolean multiLabel() {
        return false;
    }

    /** A classifier that knows nothing: rules alone decide. */
    static TextClassifier none() {
        return text -> List.of();
    }
}
