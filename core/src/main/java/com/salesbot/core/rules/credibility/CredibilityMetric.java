package com.salesbot.core.rules.credibility;

/** The two R20 measures. */
public enum CredibilityMetric {
    /** 线索来源标注准确率: checked leads whose confirmed source equals the source the rep entered. */
    LEAD_SOURCE_ACCURACY("线索来源标注准确率"),
    /** 客户等级更新及时率: owned customers whose grade was set or updated within the configured days. */
    GRADE_TIMELINESS("客户等级更新及时率");

    private final String label;

    CredibilityMetric(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
