package com.salesbot.core.rules.decay;

/** The levels a target passes on its way down (总部 -> 区域 -> 团队 -> 个人). */
public enum OrgLevel {
    COMPANY("公司"), REGION("区域"), TEAM("团队"), REP("个人合计");

    private final String label;

    OrgLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
