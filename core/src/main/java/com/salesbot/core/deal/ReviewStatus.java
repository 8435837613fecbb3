package com.salesbot.core.deal;

/** A risky deal's place in its manager's 待复核 queue. */
public enum ReviewStatus {
    PENDING("待复核"),
    APPROVED("已通过"),
    RETURNED("已退回补充");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
