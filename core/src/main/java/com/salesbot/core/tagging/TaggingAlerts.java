package com.salesbot.core.tagging;

/** Where the tagging pipeline reports what a manager or the rep must hear about. */
public interface TaggingAlerts {
    /** R12: a compliance hit in an outgoing message; the manager of the rep gets the excerpt. */
    void complianceHit(String repId, String customerId, String clientMsgId, ComplianceHit hit);

    /**
     * R12 with the policy applied: {@code alertAtOnce} false (policy "digest") keeps the hit for the next morning's
     * digest without alerting the manager now. Implementations without a digest only hear the immediate ones.
     */
    default void complianceHit(String repId, String customerId, String clientMsgId, ComplianceHit hit,
                               boolean alertAtOnce) {
        if (alertAtOnce) {
            complianceHit(repId, customerId, clientMsgId, hit);
        }
    }

    /** R19: the rep's price-sensitive streak reached the threshold; push the micro-lesson. */
    void priceSensitiveStreak(String repId, int streakLength);

    static TaggingAlerts none() {
        return new TaggingAlerts() {
            @Override
            public void complianceHit(String repId, String customerId, String clientMsgId, ComplianceHit hit) {
            }

            @Override
            public void priceSensitiveStreak(String repId, int streakLength) {
            }
        };
    }
}
