package com.salesbot.core.rules.targethealth;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Target;
import com.salesbot.core.testdata.OpportunityBuilder;
import com.salesbot.core.testdata.Shanghai;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetHealthCalculatorTest {
    /** 1 万元 in fen. */
    static final long WAN = 1_000_000L;
    final TargetHealthCalculator calculator = new TargetHealthCalculator(Thresholds.defaults(), Shanghai.ZONE);

    @Test
    void articleExampleTargetOfTenMillionShortByTwentyPercent() {
        // 月度回款总差20%: target 1000万, achieved 800万, gap 200万, warning line 360万.
        TargetHealth h = calculator.evaluate(1000 * WAN, 800 * WAN, 358 * WAN);
        assertThat(h.completion()).isEqualByComparingTo("0.80");
        assertThat(h.gapFen()).isEqualTo(200 * WAN);
        assertThat(h.requiredReserveFen()).isEqualTo(360 * WAN);
        assertThat(h.reserveGapRatio()).isEqualByComparingTo("1.79");
        assertThat(h.status()).isEqualTo(TargetStatus.RED);
        assertThat(h.reserveShortfallFen()).isEqualTo(2 * WAN);

        TargetHealth ok = calculator.evaluate(1000 * WAN, 800 * WAN, 360 * WAN);
        assertThat(ok.reserveGapRatio()).isEqualByComparingTo("1.80");
        assertThat(ok.status()).isEqualTo(TargetStatus.HEALTHY);
        assertThat(ok.reserveShortfallFen()).isZero();
    }

    @ParameterizedTest(name = "gap {0} reserve {1} -> {2}")
    @CsvSource({
            "100, 179, RED",
            "100, 180, HEALTHY",
            "1, 1, RED",          // 1 < 1.8
            "1, 2, HEALTHY",
            "5, 8, RED",          // 8 < 9
            "5, 9, HEALTHY",
            "200000000, 359999999, RED",
            "200000000, 360000000, HEALTHY",
            "100, 0, RED",
    })
    void redExactlyBelowGapTimesOnePointEight(long gap, long reserve, TargetStatus status) {
        TargetHealth h = calculator.evaluate(gap + 500, 500, reserve);
        assertThat(h.gapFen()).isEqualTo(gap);
        assertThat(h.status()).isEqualTo(status);
    }

    @Test
    void redRatioDisplayIsRoundedDownSoARedRatioNeverShowsAsTheLine() {
        TargetHealth h = calculator.evaluate(1_000_000 + 10_000, 10_000, 1_799_999);
        assertThat(h.status()).isEqualTo(TargetStatus.RED);
        assertThat(h.reserveGapRatio()).isEqualByComparingTo("1.79");
    }

    @Test
    void metTargetHasNoGapNoRatioAndIsNeverRed() {
        TargetHealth exact = calculator.evaluate(100 * WAN, 100 * WAN, 0);
        assertThat(exact.status()).isEqualTo(TargetStatus.MET);
        assertThat(exact.gapFen()).isZero();
        assertThat(exact.reserveGapRatio()).isNull();
        assertThat(exact.completion()).isEqualByComparingTo(BigDecimal.ONE);

        TargetHealth over = calculator.evaluate(100 * WAN, 125 * WAN, 0);
        assertThat(over.status()).isEqualTo(TargetStatus.MET);
        assertThat(over.completion()).isEqualByComparingTo("1.25");

        assertThat(calculator.evaluate(100 * WAN, 100 * WAN - 1, 0).status()).isEqualTo(TargetStatus.RED);
    }

    @Test
    void noTargetGivesNoCompletionAndNoWarning() {
        TargetHealth h = calculator.evaluate(0, 50 * WAN, 0);
        assertThat(h.status()).isEqualTo(TargetStatus.NO_TARGET);
        assertThat(h.completion()).isNull();
        assertThat(h.reserveGapRatio()).isNull();
        assertThat(h.achievedFen()).isEqualTo(50 * WAN);
    }

    @Test
    void fromRecordsCountsOnlyTheMonthInShanghaiAndQualifiedOpenOpportunities() {
        YearMonth nov = YearMonth.of(2026, 11);
        List<Target> targets = List.of(new Target("R1", nov, 100 * WAN), new Target("R1", nov.minusMonths(1), 999 * WAN),
                new Target("R2", nov, 50 * WAN));
        List<Payment> payments = List.of(
                new Payment("p1", "R1", "C1", null, 10 * WAN, Shanghai.at(LocalDate.of(2026, 11, 1), 0, 0, 0)),
                new Payment("p2", "R1", "C1", null, 20 * WAN, Shanghai.at(LocalDate.of(2026, 11, 30), 23, 59, 59)),
                new Payment("p3", "R1", "C1", null, 40 * WAN, Shanghai.at(LocalDate.of(2026, 10, 31), 23, 59, 59)),
                new Payment("p4", "R1", "C1", null, 80 * WAN, Shanghai.at(LocalDate.of(2026, 12, 1), 0, 0, 0)),
                new Payment("p5", "R2", "C2", null, 5 * WAN, Shanghai.noon(LocalDate.of(2026, 11, 15))));
        List<Opportunity> opportunities = List.of(
                OpportunityBuilder.opportunity("o1").amountFen(100 * WAN).build(),
                OpportunityBuilder.opportunity("o2").amountFen(1000 * WAN).qualified(true, true, false).build(),
                OpportunityBuilder.opportunity("o3").amountFen(1000 * WAN).qualified(true, false, true).build(),
                OpportunityBuilder.opportunity("o4").amountFen(1000 * WAN).qualified(false, true, true).build(),
                OpportunityBuilder.opportunity("o5").amountFen(1000 * WAN).won(1, 2).build(),
                OpportunityBuilder.opportunity("o6").owner("R2").amountFen(40 * WAN).build());

        TargetHealth rep = calculator.evaluate(Set.of("R1"), nov, targets, payments, opportunities);
        assertThat(rep.targetFen()).isEqualTo(100 * WAN);
        assertThat(rep.achievedFen()).isEqualTo(30 * WAN);
        assertThat(rep.reserveFen()).isEqualTo(100 * WAN);
        assertThat(rep.gapFen()).isEqualTo(70 * WAN);
        assertThat(rep.status()).isEqualTo(TargetStatus.RED); // 100 < 126

        TargetHealth team = calculator.evaluate(Set.of("R1", "R2"), nov, targets, payments, opportunities);
        assertThat(team.targetFen()).isEqualTo(150 * WAN);
        assertThat(team.achievedFen()).isEqualTo(35 * WAN);
        assertThat(team.reserveFen()).isEqualTo(140 * WAN);

        assertThat(calculator.evaluate(Set.of("R3"), nov, targets, payments, opportunities).status())
                .isEqualTo(TargetStatus.NO_TARGET);
    }

    @Test
    void randomFiguresAgreeWithIntegerArithmetic() {
        Random random = new Random(7L);
        for (int i = 0; i < 10_000; i++) {
            long target = 1 + random.nextInt(1_000_000_000);
            long achieved = random.nextInt(1_200_000_000);
            long reserve = random.nextInt(2_000_000_000);
            TargetHealth h = calculator.evaluate(target, achieved, reserve);
            long gap = Math.max(0, target - achieved);
            TargetStatus expected = gap == 0 ? TargetStatus.MET
                    : reserve * 10 < gap * 18 ? TargetStatus.RED : TargetStatus.HEALTHY;
            assertThat(h.status()).isEqualTo(expected);
            assertThat(h.gapFen()).isEqualTo(gap);
            if (gap > 0) {
                assertThat(h.requiredReserveFen()).isEqualTo((gap * 18 + 9) / 10);
                assertThat(h.red()).isEqualTo(reserve < h.requiredReserveFen());
            }
        }
    }
}
