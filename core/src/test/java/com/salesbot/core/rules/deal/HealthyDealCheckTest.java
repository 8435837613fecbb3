package com.salesbot.core.rules.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HealthyDealCheckTest {
    static final Set<String> THREE_ROLES = Set.of("合同签字人", "IT负责人", "财务审批人");
    /** A fixed implementation week (a Wednesday), so no result depends on the day the test runs. */
    static final LocalDate WEEK = LocalDate.of(2026, 12, 9);
    final HealthyDealCheck check = new HealthyDealCheck(Thresholds.defaults());

    static SignedDeal deal(Set<String> roles, int clauses, long contract, long down, LocalDate week, boolean csm,
                           boolean onlyProcurement, boolean template, int lateDays) {
        return new SignedDeal("o1", "R1", roles, clauses, contract, down, week, csm, onlyProcurement, template,
                lateDays);
    }

    static SignedDeal healthy() {
        return deal(THREE_ROLES, 1, 1_000_000, 300_000, WEEK, true, false, false, 0);
    }

    IndicatorResult indicator(DealHealth h, HealthIndicator which) {
        return h.indicators().stream().filter(i -> i.indicator() == which).findFirst().orElseThrow();
    }

    RiskResult risk(DealHealth h, RiskSignal which) {
        return h.risks().stream().filter(r -> r.signal() == which).findFirst().orElseThrow();
    }

    @Test
    void theArticlesHealthyDealPassesAllFiveWithReasons() {
        DealHealth h = check.check(healthy());
        assertThat(h.healthy()).isTrue();
        assertThat(h.needsManualReview()).isFalse();
        assertThat(h.indicators()).hasSize(5);
        assertThat(h.risks()).hasSize(3);
        assertThat(indicator(h, HealthIndicator.DECISION_CHAIN).reason()).isEqualTo("决策链覆盖3个角色，要求至少3个");
        assertThat(indicator(h, HealthIndicator.DOWN_PAYMENT).reason()).isEqualTo("首付款占合同额30.0%，要求不低于30%");
        assertThat(indicator(h, HealthIndicator.IMPLEMENTATION_WEEK).reason()).isEqualTo("实施排期在12月7日这一周");
    }

    @Test
    void twoRolesAreNotEnoughAndBlankOrDuplicateRolesDoNotCount() {
        DealHealth h = check.check(deal(Set.of("合同签字人", "IT负责人", " "), 1, 100, 30, WEEK, true, false,
                false, 0));
        assertThat(indicator(h, HealthIndicator.DECISION_CHAIN).met()).isFalse();
        assertThat(h.healthy()).isFalse();
        assertThat(h.unmet()).extracting(IndicatorResult::indicator).containsExactly(HealthIndicator.DECISION_CHAIN);
        DealHealth padded = check.check(deal(Set.of("IT负责人", "IT负责人 ", "采购"), 1, 100, 30, WEEK, true,
                false, false, 0));
        assertThat(indicator(padded, HealthIndicator.DECISION_CHAIN).met()).isFalse();
    }

    @ParameterizedTest(name = "contract {0} down {1} -> {2}")
    @CsvSource({
            "1000000, 300000, true",
            "1000000, 299999, false",
            "1000000, 1000000, true",
            "10, 3, true",
            "10, 2, false",
            "7, 2, false",   // 2 < 2.1
            "7, 3, true",
            "0, 0, false",   // no contract amount: cannot be met
            "1000000, 0, false",
    })
    void downPaymentThirtyPercentIsExact(long contract, long down, boolean met) {
        DealHealth h = check.check(deal(THREE_ROLES, 1, contract, down, WEEK, true, false, false, 0));
        assertThat(indicator(h, HealthIndicator.DOWN_PAYMENT).met()).isEqualTo(met);
    }

    @Test
    void eachMissingIndicatorIsNamed() {
        DealHealth h = check.check(deal(THREE_ROLES, 0, 1000, 300, null, false, false, false, 0));
        assertThat(h.unmet()).extracting(IndicatorResult::indicator).containsExactly(HealthIndicator.CUSTOM_SERVICE,
                HealthIndicator.IMPLEMENTATION_WEEK, HealthIndicator.CSM_BEFORE_SIGNING);
        assertThat(h.unmet()).extracting(IndicatorResult::reason).containsExactly("合同没有定制化服务条款，要求至少1项",
                "实施排期未明确到周", "客户成功经理未在签约前介入沟通");
    }

    @ParameterizedTest(name = "late {0} days -> {1}")
    @CsvSource({"0, false", "45, false", "46, true", "120, true"})
    void downPaymentLateMoreThanFortyFiveDaysIsARisk(int late, boolean raised) {
        DealHealth h = check.check(deal(THREE_ROLES, 1, 1000, 300, WEEK, true, false, false, late));
        assertThat(risk(h, RiskSignal.DOWN_PAYMENT_DELAYED).raised()).isEqualTo(raised);
        assertThat(h.needsManualReview()).isEqualTo(raised);
        assertThat(h.healthy()).as("risk signals do not change the five indicators").isTrue();
    }

    @Test
    void procurementOnlyAndBareTemplateAreFlaggedForReview() {
        DealHealth h = check.check(deal(Set.of("采购专员"), 0, 1000, 100, null, false, true, true, 46));
        assertThat(h.needsManualReview()).isTrue();
        assertThat(h.raised()).extracting(RiskResult::signal).containsExactly(RiskSignal.ONLY_PROCUREMENT_CONTACT,
                RiskSignal.STANDARD_TEMPLATE_NO_ANNEX, RiskSignal.DOWN_PAYMENT_DELAYED);
        assertThat(h.raised()).extracting(RiskResult::reason).containsExactly("仅与采购专员单线联系，没有其他角色的触达记录",
                "全部采用标准版合同模板，没有任何附件", "首付款已延迟46天，超过45天");
        assertThat(h.unmet()).hasSize(5);
    }
}
