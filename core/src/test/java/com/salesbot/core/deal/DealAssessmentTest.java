package com.salesbot.core.deal;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.Thresholds;
import com.salesbot.core.rules.deal.DealHealth;
import com.salesbot.core.rules.deal.HealthIndicator;
import com.salesbot.core.rules.deal.HealthyDealCheck;
import com.salesbot.core.rules.deal.IndicatorResult;
import com.salesbot.core.rules.deal.RiskSignal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** R11 read off a signed deal: which facts count, on both sides of each threshold. */
class DealAssessmentTest {
    static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);
    final DealAssessment assessment = new DealAssessment(new HealthyDealCheck(Thresholds.defaults()));

    static Deal healthy(Map<DecisionRole, String> roles, long firstPayment, boolean trial, LocalDate paidOn) {
        return new Deal("C-1", "cust-1", "rep-1", "opp-1", 1_000_000, SIGNED, "ERP", "《报表模块定制开发说明书》",
                true, LocalDate.of(2026, 4, 8), true, roles, firstPayment, paidOn, "HD-001", trial, null, 0);
    }

    static final Map<DecisionRole, String> THREE = Map.of(DecisionRole.SIGNER, "三方会议纪要 2026-02-20",
            DecisionRole.IT_OWNER, "三方会议纪要 2026-02-20", DecisionRole.FINANCE, "三方会议纪要 2026-02-20");

    private static IndicatorResult indicator(DealHealth h, HealthIndicator which) {
        return h.indicators().stream().filter(i -> i.indicator() == which).findFirst().orElseThrow();
    }

    @Test
    void theArticlesDealIsHealthyWithNoRisk() {
        DealHealth h = assessment.assess(healthy(THREE, 300_000, false, SIGNED.plusDays(3)), SIGNED.plusDays(10));
        assertThat(h.healthy()).isTrue();
        assertThat(h.needsManualReview()).isFalse();
        assertThat(DealAssessment.evidence(healthy(THREE, 300_000, false, SIGNED)))
                .contains("合同签字人：三方会议纪要 2026-02-20", "附件：《报表模块定制开发说明书》（双方签章）");
    }

    @Test
    void threeRolesWithEvidenceMeetTheChainTwoDoNotAndARoleWithoutEvidenceDoesNotCount() {
        LocalDate today = SIGNED.plusDays(10);
        assertThat(indicator(assessment.assess(healthy(THREE, 300_000, false, SIGNED), today),
                HealthIndicator.DECISION_CHAIN).met()).isTrue();
        Map<DecisionRole, String> twoAndOneBare = Map.of(DecisionRole.SIGNER, "纪要", DecisionRole.IT_OWNER, "纪要",
                DecisionRole.FINANCE, " ");
        IndicatorResult two = indicator(assessment.assess(healthy(twoAndOneBare, 300_000, false, SIGNED), today),
                HealthIndicator.DECISION_CHAIN);
        assertThat(two.met()).isFalse();
        assertThat(two.reason()).isEqualTo("决策链覆盖2个角色，要求至少3个");
    }

    @ParameterizedTest
    @CsvSource({"300000, true", "299900, false", "299999, false"})
    void firstPaymentOfThirtyPercentMeetsTwentyNineNinetyNineDoesNot(long paid, boolean met) {
        DealHealth h = assessment.assess(healthy(THREE, paid, false, SIGNED.plusDays(1)), SIGNED.plusDays(2));
        assertThat(indicator(h, HealthIndicator.DOWN_PAYMENT).met()).isEqualTo(met);
    }

    @Test
    void aPaymentThatHasNotArrivedYetDoesNotCount() {
        DealHealth h = assessment.assess(healthy(THREE, 300_000, false, SIGNED.plusDays(5)), SIGNED.plusDays(4));
        assertThat(indicator(h, HealthIndicator.DOWN_PAYMENT).met()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"45, false", "46, true"})
    void aTrialDeferredPaymentLateMoreThanFortyFiveDaysIsARisk(int daysUnpaid, boolean raised) {
        Deal unpaid = healthy(THREE, 0, true, null);
        DealHealth h = assessment.assess(unpaid, SIGNED.plusDays(daysUnpaid));
        assertThat(h.raised().stream().anyMatch(r -> r.signal() == RiskSignal.DOWN_PAYMENT_DELAYED))
                .isEqualTo(raised);
        Deal paidLate = healthy(THREE, 300_000, true, SIGNED.plusDays(daysUnpaid));
        assertThat(assessment.assess(paidLate, SIGNED.plusDays(200)).needsManualReview()).isEqualTo(raised);
    }

    @Test
    void aLatePaymentWithoutTheTrialReasonIsNotTheArticlesSignal() {
        Deal late = healthy(THREE, 300_000, false, SIGNED.plusDays(90));
        assertThat(assessment.assess(late, SIGNED.plusDays(100)).needsManualReview()).isFalse();
    }

    @Test
    void onlyPurchasingAndNoAnnexAreRisksButPurchasingAmongOthersIsNot() {
        Deal onlyPurchasing = new Deal("C-2", "cust-1", "rep-1", null, 1_000_000, SIGNED, null, null, false, null,
                false, Map.of(DecisionRole.PURCHASING, "拜访记录"), 0, null, null, false, null, 0);
        DealHealth h = assessment.assess(onlyPurchasing, SIGNED);
        assertThat(h.raised()).extracting(r -> r.signal())
                .containsExactlyInAnyOrder(RiskSignal.ONLY_PROCUREMENT_CONTACT, RiskSignal.STANDARD_TEMPLATE_NO_ANNEX);
        assertThat(h.unmet()).hasSize(5);

        Map<DecisionRole, String> withPurchasing = Map.of(DecisionRole.PURCHASING, "纪要", DecisionRole.SIGNER, "纪要");
        assertThat(assessment.assess(healthy(withPurchasing, 300_000, false, SIGNED), SIGNED).needsManualReview())
                .isFalse();
    }

    @Test
    void anAnnexNotSignedByBothSidesIsNoCustomClauseButNoTemplateRiskEither() {
        Deal d = new Deal("C-3", "cust-1", "rep-1", null, 1_000_000, SIGNED, null, "《定制说明》", false, null, true,
                THREE, 300_000, SIGNED, null, false, null, 0);
        DealHealth h = assessment.assess(d, SIGNED);
        assertThat(indicator(h, HealthIndicator.CUSTOM_SERVICE).met()).isFalse();
        assertThat(h.needsManualReview()).isFalse();
    }
}
