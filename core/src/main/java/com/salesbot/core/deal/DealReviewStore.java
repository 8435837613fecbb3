package com.salesbot.core.deal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The 待复核 queue: one row per deal. */
public interface DealReviewStore {
    /**
     * Puts the deal in the queue: inserts it, or sets a returned review back to pending with the new reasons.
     *
     * @return true when the deal is newly pending (the manager should get a card); false when it already was
     *         pending or was approved
     */
    boolean enqueue(DealReview review);

    Optional<DealReview> review(String dealId);

    /** Pending reviews of these teams (all teams when {@code teamIds} is null), oldest first. */
    List<DealReview> pending(Collection<String> teamIds);

    /** Decides a pending review; false when it was not pending (decided by someone else meanwhile). */
    boolean decide(String dealId, ReviewStatus status, String decidedBy, String note, long at);

    /** Sets the reviewer's note on a decided review (the note may follow the tap); false when not decided. */
    boolean annotate(String dealId, String note);

    /** Every review of deals signed by these reps (for the healthy-deal rate). */
    List<DealReview> ofDeals(Collection<String> dealIds);
}
