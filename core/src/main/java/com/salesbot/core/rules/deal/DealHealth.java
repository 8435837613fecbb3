package com.salesbot.core.rules.deal;

import java.util.List;

/** R11 verdict: the five indicators and the three risk signals, each with its reason. */
public record DealHealth(String opportunityId, List<IndicatorResult> indicators, List<RiskResult> risks) {
    public DealHealth {
        indicators = List.copyOf(indicators);
        risks = List.copyOf(risks);
    }

    /** 健康成交: all five indicators met. */
    public boolean healthy() {
        return indicators.stream().allMatch(IndicatorResult::met);
    }

    /** At least one risk signal raised: a person must review the deal. */
    public boolean needsManualReview() {
        return risks.stream().anyMatch(RiskResult::raised);
    }

    public List<IndicatorResult> unmet() {
        return indicators.stream().filter(i -> !i.met()).toList();
    }

    public List<RiskResult> raised() {
        return risks.stream().filter(RiskResult::raised).toList();
    }
}
