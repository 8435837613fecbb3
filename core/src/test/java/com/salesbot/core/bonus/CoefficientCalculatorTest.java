package com.salesbot.core.bonus;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The customer-health coefficient: each input, the 0.7/1.3 clamp and the CS cap on both sides of 6 points. */
class CoefficientCalculatorTest {
    final CoefficientCalculator calc = new CoefficientCalculator(IncentiveSettings.defaults());
    static final long SIX_POINTS = 6 * 120;

    static CoefficientInputs inputs(int answered, long minutes, int unanswered, int suggested, int adopted,
                                    Double npsNow, Double npsBefore, long cs) {
        return new CoefficientInputs(answered, minutes, unanswered, suggested, adopted,
                npsNow == null ? OptionalDouble.empty() : OptionalDouble.of(npsNow),
                npsBefore == null ? OptionalDouble.empty() : OptionalDouble.of(npsBefore), cs);
    }

    @Test
    void noDataIsNeutral() {
        Coefficient c = calc.compute(inputs(0, 0, 0, 0, 0, null, null, SIX_POINTS));
        assertThat(c.value()).isEqualByComparingTo("1.00");
        assertThat(c.capped()).isFalse();
        assertThat(c.reasons()).contains("服务响应：本月无工单，按持平计");
    }

    @ParameterizedTest
    @CsvSource({
        // answered, total minutes, kb suggested, adopted, nps now, before, expected
        "2, 120, 0, 0, , , 1.08",     // avg 60 of 120 -> +0.5 x 0.15
        "2, 480, 0, 0, , , 0.85",     // avg 240 -> -1 x 0.15
        "0, 0, 10, 10, , , 1.15",     // 100% adoption -> +1
        "0, 0, 10, 0, , , 0.85",      // 0% -> -1
        "0, 0, 10, 5, , , 1.00",      // baseline
        "0, 0, 0, 0, 40, 30, 1.08",   // +10 of swing 20 -> +0.5
        "0, 0, 0, 0, 20, 50, 0.85",   // -30 -> clamped -1
        "0, 0, 0, 0, 40, , 1.00",     // one month only
    })
    void eachInputMovesTheCoefficientByItsWeight(int answered, long minutes, int suggested, int adopted,
                                                 Double now, Double before, String expected) {
        assertThat(calc.compute(inputs(answered, minutes, 0, suggested, adopted, now, before, SIX_POINTS)).value())
                .isEqualByComparingTo(expected);
    }

    @Test
    void allInputsAtBestAreClampedAtOnePointThreeAndAtWorstAtZeroPointSeven() {
        Coefficient best = calc.compute(inputs(3, 0, 0, 4, 4, 60.0, 20.0, SIX_POINTS));
        assertThat(best.value()).isEqualByComparingTo("1.30");
        assertThat(best.reasons()).contains("系数封顶1.3");
        Coefficient worst = calc.compute(inputs(0, 0, 3, 4, 0, 0.0, 50.0, SIX_POINTS));
        assertThat(worst.value()).isEqualByComparingTo("0.70");
        assertThat(worst.reasons()).contains("系数保底0.7");
        Coefficient inside = calc.compute(inputs(1, 60, 0, 10, 7, 30.0, 20.0, SIX_POINTS));
        assertThat(inside.value()).isEqualByComparingTo("1.21").isLessThan(new BigDecimal("1.30"));
        assertThat(inside.reasons()).noneMatch(r -> r.startsWith("系数"));
    }

    @Test
    void anUnansweredTicketCountsAsTwiceTheTarget() {
        assertThat(calc.compute(inputs(0, 0, 1, 0, 0, null, null, SIX_POINTS)).value()).isEqualByComparingTo("0.85");
    }

    @ParameterizedTest
    @CsvSource({"720, 6, false, 1.30", "719, 5, true, 0.90", "708, 5, true, 0.90", "1500, 10, false, 1.30",
        "1800, 10, false, 1.30"})
    void sixPointsKeepTheCoefficientFivePointNineCapItAtZeroPointNine(long minutes, int points, boolean capped,
                                                                     String value) {
        Coefficient c = calc.compute(inputs(3, 0, 0, 4, 4, 60.0, 20.0, minutes));
        assertThat(c.csPoints()).isEqualTo(points);
        assertThat(c.capped()).isEqualTo(capped);
        assertThat(c.value()).isEqualByComparingTo(value);
        assertThat(c.formula()).isEqualByComparingTo("1.30");
    }

    @Test
    void theCapNeverRaisesALowCoefficient() {
        Coefficient c = calc.compute(inputs(0, 0, 3, 0, 0, null, null, 0));
        assertThat(c.value()).isEqualByComparingTo("0.85");
        assertThat(c.capped()).isFalse();
        assertThat(c.reasons()).last().asString().contains("计0分，低于6分，系数上限0.9");
    }
}
