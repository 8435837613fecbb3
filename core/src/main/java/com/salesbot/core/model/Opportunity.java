package com.salesbot.core.model;

import java.time.LocalDate;

/**
 * An opportunity (商机). It is part of the qualified reserve (有效商机储备, R9) when it is open and
 * need, budget and decision maker are all confirmed.
 *
 * @param amountFen    expected amount in fen
 * @param largeAccount whether it counts as a large account for the R8 win rate
 * @param createdAt    epoch ms
 * @param closedAt     epoch ms when won or lost, 0 while open
 */
public record Opportunity(String id, String customerId, String ownerRepId, long amountFen, String stage,
                          boolean needConfirmed, boolean budgetConfirmed, boolean decisionMakerKnown,
                          LocalDate expectedClose, OpportunityStatus status, boolean largeAccount,
                          long createdAt, long closedAt) {
    public Opportunity {
        Require.text(id, "opportunity id");
        Require.text(ownerRepId, "owner rep id");
        Require.notNegative(amountFen, "amount");
        Require.present(status, "status");
    }

    /** Need confirmed AND budget AND decision maker known, and still open. */
    public boolean qualified() {
        return status == OpportunityStatus.OPEN && needConfirmed && budgetConfirmed && decisionMakerKnown;
    }
}
