package com.salesbot.core.rules.deal;

import com.salesbot.core.config.Thresholds;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * R11 健康成交: decision chain ≥ 3 distinct roles; ≥ 1 customised service clause; down payment ≥ 30% of the contract
 * (exact: downPayment ≥ contract × 0.3 in decimal); implementation scheduled to a week; customer-success manager
 * involved before signing. Risk signals: only a procurement contact; standard template without annex; down payment
 * late more than 45 days (45 is not a signal, 46 is).
 */
public final class HealthyDealCheck {
    private final int minRoles;
    private final BigDecimal minDownPayment;
    private final int maxLateDays;

    public HealthyDealCheck(Thresholds thresholds) {
        this.minRoles = thresholds.healthyDecisionRoles();
        this.minDownPayment = BigDecimal.valueOf(thresholds.healthyDownPaymentRatio());
        this.maxLateDays = thresholds.downPaymentDelayDays();
    }

    public DealHealth check(SignedDeal deal) {
        return new DealHealth(deal.opportunityId(),
                List.of(decisionChain(deal), customService(deal), downPayment(deal), implementation(deal), csm(deal)),
                List.of(onlyProcurement(deal), standardTemplate(deal), lateDownPayment(deal)));
    }

    private IndicatorResult decisionChain(SignedDeal deal) {
        long roles = deal.decisionChainRoles().stream().filter(r -> r != null && !r.isBlank()).map(String::strip)
                .distinct().count();
        return new IndicatorResult(HealthIndicator.DECISION_CHAIN, roles >= minRoles,
                "决策链覆盖" + roles + "个角色，要求至少" + minRoles + "个");
    }

    private static IndicatorResult customService(SignedDeal deal) {
        int n = deal.customServiceClauses();
        return new IndicatorResult(HealthIndicator.CUSTOM_SERVICE, n >= 1,
                n >= 1 ? "合同含" + n + "项定制化服务条款" : "合同没有定制化服务条款，要求至少1项");
    }

    private IndicatorResult downPayment(SignedDeal deal) {
        if (deal.contractAmountFen() == 0) {
            return new IndicatorResult(HealthIndicator.DOWN_PAYMENT, false, "缺少合同金额，无法计算首付款比例");
        }
        BigDecimal required = BigDecimal.valueOf(deal.contractAmountFen()).multiply(minDownPayment);
        boolean met = BigDecimal.valueOf(deal.downPaymentFen()).compareTo(required) >= 0;
        BigDecimal percent = BigDecimal.valueOf(deal.downPaymentFen()).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(deal.contractAmountFen()), 1, RoundingMode.DOWN);
        return new IndicatorResult(HealthIndicator.DOWN_PAYMENT, met,
                "首付款占合同额" + percent.toPlainString() + "%，要求不低于" + percent(minDownPayment));
    }

    private static IndicatorResult implementation(SignedDeal deal) {
        LocalDate week = deal.implementationWeek();
        if (week == null) {
            return new IndicatorResult(HealthIndicator.IMPLEMENTATION_WEEK, false, "实施排期未明确到周");
        }
        LocalDate monday = week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new IndicatorResult(HealthIndicator.IMPLEMENTATION_WEEK, true,
                "实施排期在" + monday.getMonthValue() + "月" + monday.getDayOfMonth() + "日这一周");
    }

    private static IndicatorResult csm(SignedDeal deal) {
        boolean met = deal.csmInvolvedBeforeSigning();
        return new IndicatorResult(HealthIndicator.CSM_BEFORE_SIGNING, met,
                met ? "客户成功经理已在签约前介入沟通" : "客户成功经理未在签约前介入沟通");
    }

    private static RiskResult onlyProcurement(SignedDeal deal) {
        boolean raised = deal.onlyProcurementContact();
        return new RiskResult(RiskSignal.ONLY_PROCUREMENT_CONTACT, raised,
                raised ? "仅与采购专员单线联系，没有其他角色的触达记录" : "除采购外还触达了其他角色");
    }

    private static RiskResult standardTemplate(SignedDeal deal) {
        boolean raised = deal.standardTemplateWithoutAnnex();
        return new RiskResult(RiskSignal.STANDARD_TEMPLATE_NO_ANNEX, raised,
                raised ? "全部采用标准版合同模板，没有任何附件" : "合同有附件或非标准条款");
    }

    private RiskResult lateDownPayment(SignedDeal deal) {
        int late = deal.downPaymentLateDays();
        boolean raised = late > maxLateDays;
        return new RiskResult(RiskSignal.DOWN_PAYMENT_DELAYED, raised,
                raised ? "首付款已延迟" + late + "天，超过" + maxLateDays + "天"
                        : late == 0 ? "首付款没有延迟" : "首付款延迟" + late + "天，未超过" + maxLateDays + "天");
    }

    private static String percent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
