package com.salesbot.core.bonus;

/** Where a bonus part stands; the label is what the statement card shows. */
public enum PartState {
    RELEASED("已发放"),
    AWAITING_PAYMENT("待回款"),
    AWAITING_SIX_MONTHS("待满6个月"),
    AWAITING_RENEWAL("待续约"),
    FORFEITED("已取消");

    private final String label;

    PartState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean settled() {
        return this == RELEASED || this == FORFEITED;
    }
}
