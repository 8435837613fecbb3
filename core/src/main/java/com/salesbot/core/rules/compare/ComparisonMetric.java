package com.salesbot.core.rules.compare;

/** The six comparisons of R18 (我的对比), with the label people see and which direction is better. */
public enum ComparisonMetric {
    /** 有效触达数: effective touches in the period. */
    EFFECTIVE_TOUCHES("有效触达数", true),
    /** 线索转化率: leads first touched in the period that turned into an opportunity of the same rep. */
    LEAD_CONVERSION("线索转化率", true),
    /** 赢单率: won / (won + lost) among opportunities closed in the period. */
    WIN_RATE("赢单率", true),
    /** 平均客单价: mean amount (fen) of opportunities won in the period. */
    AVERAGE_DEAL_FEN("平均客单价", true),
    /** 成交周期: mean days from creation to win, opportunities won in the period. Shorter is better. */
    CYCLE_DAYS("成交周期（天）", false),
    /** 客户复购率: paying customers of the period with at least two payments on different days; vs the industry. */
    REPURCHASE_RATE("客户复购率", true);

    private final String label;
    private final boolean higherIsBetter;

    ComparisonMetric(String label, boolean higherIsBetter) {
        this.label = label;
        this.higherIsBetter = higherIsBetter;
    }

    public String label() {
        return label;
    }

    public boolean higherIsBetter() {
        return higherIsBetter;
    }
}
