package com.salesbot.core.rules.deal;

/** The three risk signals of R11 that send a deal to manual review (需人工复核). */
public enum RiskSignal {
    ONLY_PROCUREMENT_CONTACT("仅与采购单线联系"),
    STANDARD_TEMPLATE_NO_ANNEX("标准模板无附件"),
    DOWN_PAYMENT_DELAYED("首付款延迟");

    private final String label;

    RiskSignal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
