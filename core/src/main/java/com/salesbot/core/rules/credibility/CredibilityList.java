package com.salesbot.core.rules.credibility;

import java.util.List;

/**
 * The red list (红榜, public) and black list (黑榜, managers only) of one measure.
 *
 * @param unranked reps left out for too few samples
 */
public record CredibilityList(CredibilityMetric metric, List<RankedRep> red, List<RankedRep> black,
                              List<String> unranked) {
    public CredibilityList {
        red = List.copyOf(red);
        black = List.copyOf(black);
        unranked = List.copyOf(unranked);
    }
}
