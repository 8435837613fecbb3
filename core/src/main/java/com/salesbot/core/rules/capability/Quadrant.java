package com.salesbot.core.rules.capability;

/**
 * The four quadrants of the capability-resource matrix (能力-资源匹配矩阵, R8) plus the case with no large account
 * closed in the window. The article names two quadrants (重点托举对象, 快速变现主力); the other two names are ours.
 * {@code splitWeight} is how strongly the quadrant pulls a rep's share of the team target in the target sandbox:
 * fast earners carry more, reps still building carry less, so the split is never an average apportioning.
 */
public enum Quadrant {
    /** High median deal size and high large-account win rate: 高客单+稳交付. */
    FAST_EARNER("快速变现主力", 1.15),
    /** Low median deal size but high large-account win rate: 低客单+高攻坚, worth lifting to bigger deals. */
    KEY_SUPPORT("重点托举对象", 1.05),
    /** High median deal size, low large-account win rate: the big deals come, they are not yet won. */
    BREAKTHROUGH("大单突破对象", 0.95),
    /** Low and low: still building. */
    FOUNDATION("基础培养对象", 0.85),
    /** No large account closed in the window: the win rate is unknown, not zero, and the split stays neutral. */
    UNPROVEN("攻坚待验证", 1.0);

    private final String label;
    private final double splitWeight;

    Quadrant(String label, double splitWeight) {
        this.label = label;
        this.splitWeight = splitWeight;
    }

    public String label() {
        return label;
    }

    public double splitWeight() {
        return splitWeight;
    }
}
