package com.salesbot.core.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a valid value of each {@link Thresholds} component is. Every number must be greater than 0 (a few counts
 * may be 0, see {@link #ZERO_ALLOWED}); shares of a whole (ratios of the team mean, pool shares, down-payment
 * share, match score) must also be at most 1.
 * A component added to Thresholds later gets the "greater than 0" rule without any change here.
 */
public final class ThresholdRules {
    /** Components that are a share of a whole, so at most 1. */
    static final Set<String> SHARES = Set.of("lowActivityRatio", "awardPoolShare", "healthyDownPaymentRatio",
            "knowledgeMatchMinScore", "capabilityGapRatio");

    /** Whole-number components for which 0 is meaningful (e.g. no grace period for new joiners). */
    static final Set<String> ZERO_ALLOWED = Set.of("newJoinerGraceDays");

    private ThresholdRules() {
    }

    /** What the component accepts, e.g. "a number > 0"; used in messages as "x must be ...". */
    public static String expectation(String name) {
        Class<?> type = ThresholdValues.type(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown threshold " + name));
        if (type == boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == long.class) {
            return ZERO_ALLOWED.contains(name) ? "a whole number >= 0" : "a whole number > 0";
        }
        return SHARES.contains(name) ? "a number > 0 and <= 1" : "a number > 0";
    }

    /** The problem with one value, if any. */
    public static Optional<String> check(String name, Object value) {
        boolean ok = true;
        long floor = ZERO_ALLOWED.contains(name) ? 0 : 1;
        if (value instanceof Integer i) {
            ok = i >= floor;
        } else if (value instanceof Long l) {
            ok = l >= floor;
        } else if (value instanceof Double d) {
            ok = d > 0 && Double.isFinite(d) && (!SHARES.contains(name) || d <= 1.0);
        }
        return ok ? Optional.empty()
                : Optional.of(name + " must be " + expectation(name) + ", got " + format(value));
    }

    /** Every problem of a Thresholds value, including the cross-checks between components. */
    public static List<ConfigIssue> validate(Thresholds thresholds) {
        List<ConfigIssue> issues = new ArrayList<>();
        Map<String, Object> values = ThresholdValues.asMap(thresholds);
        values.forEach((name, value) -> check(name, value)
                .ifPresent(message -> issues.add(new ConfigIssue("thresholds." + name, message))));
        if (thresholds.awardFloorRatio() > thresholds.awardRatio()) {
            issues.add(new ConfigIssue("thresholds.awardFloorRatio", "awardFloorRatio ("
                    + format(thresholds.awardFloorRatio()) + ") must not be above awardRatio ("
                    + format(thresholds.awardRatio()) + ")"));
        }
        return issues;
    }

    static String format(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        return String.valueOf(value);
    }
}
