package com.salesbot.core.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThresholdRulesTest {

    static List<String> names() {
        return ThresholdValues.names().stream().filter(n -> !ThresholdRules.ZERO_ALLOWED.contains(n)).toList();
    }

    @Test
    void articleDefaultsPass() {
        assertThat(ThresholdRules.validate(Thresholds.defaults())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("names")
    void zeroIsRefusedForEveryNumber(String name) {
        Object zero = ThresholdValues.type(name).get() == double.class ? (Object) 0.0 : (Object) 0;
        // awardRatio 0 also trips the awardFloorRatio cross-check, so only require this component's issue
        assertThat(ThresholdRules.validate(ThresholdValues.withOverrides(Map.of(name, zero))))
                .contains(new ConfigIssue("thresholds." + name,
                        name + " must be " + ThresholdRules.expectation(name) + ", got 0"));
    }

    @ParameterizedTest
    @MethodSource("names")
    void smallestPositiveIsAccepted(String name) {
        Object tiny = ThresholdValues.type(name).get() == double.class ? (Object) 0.001 : (Object) 1;
        assertThat(ThresholdRules.check(name, tiny)).isEmpty();
    }

    @Test
    void zeroAllowedCountsAcceptZeroButNotLess() {
        for (String name : ThresholdRules.ZERO_ALLOWED) {
            assertThat(ThresholdRules.check(name, 0)).as(name).isEmpty();
            assertThat(ThresholdRules.check(name, -1)).as(name)
                    .contains(name + " must be a whole number >= 0, got -1");
        }
    }

    @Test
    void negativeIsRefused() {
        assertThat(ThresholdRules.check("reserveGapRedRatio", -1.0))
                .contains("reserveGapRedRatio must be a number > 0, got -1");
        assertThat(ThresholdRules.check("heatmapDays", -7)).contains("heatmapDays must be a whole number > 0, got -7");
    }

    @Test
    void sharesMayReachOneButNotExceedIt() {
        for (String share : ThresholdRules.SHARES) {
            assertThat(ThresholdRules.check(share, 1.0)).as(share).isEmpty();
            assertThat(ThresholdRules.check(share, 1.0001)).as(share)
                    .contains(share + " must be a number > 0 and <= 1, got 1.0001");
        }
    }

    @Test
    void sharesAreRealComponents() {
        assertThat(ThresholdValues.names()).containsAll(ThresholdRules.SHARES).containsAll(ThresholdRules.ZERO_ALLOWED);
    }

    @Test
    void ratiosThatAreNotSharesMayExceedOne() {
        assertThat(ThresholdRules.check("reserveGapRedRatio", 1.8)).isEmpty();
        assertThat(ThresholdRules.check("awardRatio", 5.0)).isEmpty();
    }

    @Test
    void notANumberAndInfinityAreRefused() {
        assertThat(ThresholdRules.check("awardRatio", Double.NaN)).isPresent();
        assertThat(ThresholdRules.check("awardRatio", Double.POSITIVE_INFINITY)).isPresent();
    }

    @Test
    void awardFloorMayEqualButNotExceedAwardRatio() {
        assertThat(ThresholdRules.validate(ThresholdValues.withOverrides(Map.of("awardFloorRatio", 2.0)))).isEmpty();
        assertThat(ThresholdRules.validate(ThresholdValues.withOverrides(Map.of("awardFloorRatio", 2.1))))
                .containsExactly(new ConfigIssue("thresholds.awardFloorRatio",
                        "awardFloorRatio (2.1) must not be above awardRatio (2)"));
    }
}
