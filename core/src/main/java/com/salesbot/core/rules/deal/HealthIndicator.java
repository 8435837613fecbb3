package com.salesbot.core.rules.deal;

/** The five hard indicators of a healthy deal (健康成交, R11), with the label people see. */
public enum HealthIndicator {
    DECISION_CHAIN("决策链覆盖"),
    CUSTOM_SERVICE("服务定制化"),
    DOWN_PAYMENT("首付款比例"),
    IMPLEMENTATION_WEEK("实施排期"),
    CSM_BEFORE_SIGNING("客户成功经理介入");

    private final String label;

    HealthIndicator(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
