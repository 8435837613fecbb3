package com.salesbot.core.tagging;

import java.util.List;

/**
 * The tagging rules from config/tagging/rules.tsv.
 *
 * @param minConfidence  a scenario is assigned at or above this confidence
 * @param negatedFactor  the classifier's score for a tag is multiplied by this when its rule hit was denied
 *                       (不是投诉), so the word 投诉 alone does not make it a complaint
 * @param fallback       the scenario of a text that reaches no scenario (在吗, 周一见), e.g. 闲聊; null for none
 */
public record TaggingRules(List<TagRule> rules, Negation negation, double minConfidence, double negatedFactor,
                           String fallback) {
    public static final double DEFAULT_MIN_CONFIDENCE = 0.5;
    public static final double DEFAULT_NEGATED_FACTOR = 0.2;

    public TaggingRules {
        rules = List.copyOf(rules);
        if (!(minConfidence > 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence out of (0, 1]: " + minConfidence);
        }
        if (!(negatedFactor >= 0 && negatedFactor <= 1)) {
            throw new IllegalArgumentException("negatedFactor out of [0, 1]: " + negatedFactor);
        }
    }
}
