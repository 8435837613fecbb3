package com.salesbot.core.rules.targethealth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.testdata.Shanghai;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessHealthAwardTest {
    static final YearMonth JAN = YearMonth.of(2026, 1);
    final TargetHealthCalculator calculator = new TargetHealthCalculator(Thresholds.defaults(), Shanghai.ZONE);
    final ProcessHealthAward award = new ProcessHealthAward(Thresholds.defaults());

    /** A month with gap 100 and the given reserve: ratio = reserve / 100. */
    MonthlyHealth month(int offset, long reserve) {
        return new MonthlyHealth(JAN.plusMonths(offset), calculator.evaluate(1000, 900, reserve));
    }

    MonthlyHealth noTarget(int offset) {
        return new MonthlyHealth(JAN.plusMonths(offset), calculator.evaluate(0, 0, 0));
    }

    MonthlyHealth met(int offset) {
        return new MonthlyHealth(JAN.plusMonths(offset), calculator.evaluate(1000, 1000, 0));
    }

    @Test
    void twoMonthsAboveTwoAndNoneBelowOnePointFiveIsEligible() {
        AwardDecision d = award.evaluate(List.of(month(0, 201), month(1, 250), month(2, 150)));
        assertThat(d.eligible()).isTrue();
        assertThat(d.qualifyingRun()).containsExactly(JAN, JAN.plusMonths(1));
        assertThat(d.monthsBelowFloor()).isEmpty();
        assertThat(d.reason()).contains("连续2个月").contains("15%");
        assertThat(d.awardFen(1_000_000)).isEqualTo(150_000);
        assertThat(d.awardFen(999)).isEqualTo(149);
    }

    @Test
    void exactlyTwoIsNotAboveTwo() {
        AwardDecision d = award.evaluate(List.of(month(0, 200), month(1, 250), month(2, 300)));
        assertThat(d.eligible()).isTrue();
        assertThat(d.qualifyingRun()).containsExactly(JAN.plusMonths(1), JAN.plusMonths(2));

        AwardDecision notQuite = award.evaluate(List.of(month(0, 250), month(1, 200), month(2, 250)));
        assertThat(notQuite.eligible()).isFalse();
        assertThat(notQuite.qualifyingRun()).hasSize(1);
        assertThat(notQuite.reason()).contains("只有1个").contains("连续2个月");
    }

    @Test
    void oneMonthBelowOnePointFiveDisqualifiesOnePointFiveDoesNot() {
        assertThat(award.evaluate(List.of(month(0, 300), month(1, 300), month(2, 149))).eligible()).isFalse();
        AwardDecision d = award.evaluate(List.of(month(0, 300), month(1, 300), month(2, 149)));
        assertThat(d.monthsBelowFloor()).containsExactly(JAN.plusMonths(2));
        assertThat(d.reason()).contains("3月").contains("低于1.5");
        assertThat(award.evaluate(List.of(month(0, 300), month(1, 300), month(2, 150))).eligible()).isTrue();
    }

    @Test
    void monthsMustBeConsecutiveCalendarMonths() {
        List<MonthlyHealth> gapInHistory = List.of(month(0, 300), month(2, 300));
        assertThat(award.evaluate(gapInHistory).eligible()).isFalse();
        assertThat(award.evaluate(List.of(month(2, 300), month(1, 300))).eligible()).as("order does not matter")
                .isTrue();
    }

    @Test
    void metTargetCountsAsAboveNoTargetBreaksTheRunButIsNotBelowTheFloor() {
        assertThat(award.evaluate(List.of(met(0), month(1, 201))).eligible()).isTrue();
        assertThat(award.evaluate(List.of(month(0, 300), noTarget(1), month(2, 300))).eligible()).isFalse();
        AwardDecision d = award.evaluate(List.of(noTarget(0), month(1, 300), month(2, 300)));
        assertThat(d.eligible()).isTrue();
        assertThat(d.monthsBelowFloor()).isEmpty();
    }

    @Test
    void emptyHistoryIsNotEligible() {
        AwardDecision d = award.evaluate(new ArrayList<>());
        assertThat(d.eligible()).isFalse();
        assertThat(d.awardFen(1_000_000)).isZero();
    }

    @Test
    void duplicateMonthIsRefused() {
        assertThatThrownBy(() -> award.evaluate(List.of(month(0, 300), month(0, 300))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
