package com.salesbot.core.rules.compare;

/**
 * One row of 我的对比. Values are null when there is no data.
 *
 * @param mine      the requester's figure
 * @param topGroup  mean of the team's best {@code comparisonTopN} (3) figures (同组TOP3), requester included;
 *                  null for the repurchase rate, which is compared with the industry instead
 * @param median    the team's median figure; null for the repurchase rate
 * @param benchmark the industry benchmark (repurchase rate only)
 */
public record Comparison(ComparisonMetric metric, Double mine, Double topGroup, Double median, Double benchmark) {

    /** The figure the requester is measured against: the industry benchmark or the team TOP group. */
    public Double reference() {
        return benchmark != null ? benchmark : topGroup;
    }

    /** Whether the requester's figure is at least as good as the reference; null when either is missing. */
    public Boolean atOrAboveReference() {
        Double ref = reference();
        if (mine == null || ref == null) {
            return null;
        }
        return metric.higherIsBetter() ? mine >= ref : mine <= ref;
    }
}
