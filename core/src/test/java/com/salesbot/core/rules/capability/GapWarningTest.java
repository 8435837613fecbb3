package com.salesbot.core.rules.capability;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.model.Quarter;
import com.salesbot.core.rules.capability.GapWarning.QuarterScore;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapWarningTest {
    final GapWarning warning = new GapWarning(0.5, 2);
    final Quarter q1 = Quarter.parse("2026Q1");
    final Quarter q2 = Quarter.parse("2026Q2");
    final Map<Quarter, QuarterScore> history = new HashMap<>();

    @Test
    void twoConsecutiveQuartersBelowHalfTheMeanFire() {
        history.put(q1, new QuarterScore(q1, 39, 80));
        history.put(q2, new QuarterScore(q2, 29, 60));

        assertThat(warning.check(q2, history)).hasValueSatisfying(evidence ->
                assertThat(evidence).extracting(QuarterScore::quarter).containsExactly(q1, q2));
    }

    @Test
    void oneQuarterBelowDoesNotFire() {
        history.put(q1, new QuarterScore(q1, 41, 80)); // 51 % of the mean: above the line
        history.put(q2, new QuarterScore(q2, 10, 60));

        assertThat(warning.check(q2, history)).isEmpty();
    }

    @Test
    void exactlyHalfIsNotBelow() {
        history.put(q1, new QuarterScore(q1, 40, 80));
        history.put(q2, new QuarterScore(q2, 30, 60));

        assertThat(warning.check(q2, history)).isEmpty();
    }

    @Test
    void aMissingQuarterBreaksTheRunAndTheRunMustEndWithTheLatestQuarter() {
        Quarter q4 = Quarter.parse("2025Q4");
        history.put(q4, new QuarterScore(q4, 10, 80));
        history.put(q1, new QuarterScore(q1, 10, 80));
        history.put(q2, new QuarterScore(q2, 50, 60)); // recovered

        assertThat(warning.check(q2, history)).isEmpty();
        assertThat(warning.check(q1, history)).isPresent();
        assertThat(warning.check(Quarter.parse("2026Q3"), history)).isEmpty();
    }
}
