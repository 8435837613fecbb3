package com.salesbot.core.rules.targethealth;

/** The verdict of R9 target health. */
public enum TargetStatus {
    /** No target for the month (none set, or set to 0): no completion, gap or warning. */
    NO_TARGET,
    /** Achieved ≥ target: the gap is 0, never red. */
    MET,
    /** Qualified reserve below gap × reserveGapRedRatio (1.8): 红色预警. */
    RED,
    /** Gap open, reserve at or above gap × 1.8. */
    HEALTHY
}
