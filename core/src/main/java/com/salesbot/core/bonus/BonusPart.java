package com.salesbot.core.bonus;

/** The three staged parts of a deal's bonus (奖金分期释放), in release order. */
public enum BonusPart {
    PAYMENT("回款后发放"),
    NO_COMPLAINT("6个月无重大投诉"),
    RENEWAL("12个月续约");

    private final String label;

    BonusPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
