package com.salesbot.core.deal;

import com.salesbot.core.model.Require;

/**
 * A risky deal in its manager's review queue.
 *
 * @param teamId    the rep's team: its manager reviews
 * @param reasons   the raised risk signals, one per line (Chinese)
 * @param decidedBy who approved or returned it, null while pending
 * @param note      the reviewer's optional note
 */
public record DealReview(String dealId, String repId, String teamId, ReviewStatus status, String reasons,
                         long enteredAt, String decidedBy, long decidedAt, String note) {
    public DealReview {
        Require.text(dealId, "deal id");
        Require.text(repId, "rep id");
        Require.present(status, "review status");
    }
}
