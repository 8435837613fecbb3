package com.salesbot.core.testdata;

import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;

/** Test-data builder for {@link Opportunity}: an open, fully qualified opportunity of rep R1. */
public final class OpportunityBuilder {
    private final String id;
    private String owner = "R1";
    private String customer;
    private long amountFen;
    private boolean need = true;
    private boolean budget = true;
    private boolean decisionMaker = true;
    private OpportunityStatus status = OpportunityStatus.OPEN;
    private long createdAt;
    private long closedAt;

    private OpportunityBuilder(String id) {
        this.id = id;
        this.customer = "C-" + id;
    }

    public static OpportunityBuilder opportunity(String id) {
        return new OpportunityBuilder(id);
    }

    public OpportunityBuilder owner(String value) {
        this.owner = value;
        return this;
    }

    public OpportunityBuilder customer(String value) {
        this.customer = value;
        return this;
    }

    public OpportunityBuilder amountFen(long value) {
        this.amountFen = value;
        return this;
    }

    public OpportunityBuilder qualified(boolean needConfirmed, boolean budgetConfirmed, boolean decisionMakerKnown) {
        this.need = needConfirmed;
        this.budget = budgetConfirmed;
        this.decisionMaker = decisionMakerKnown;
        return this;
    }

    public OpportunityBuilder won(long created, long closed) {
        return closed(OpportunityStatus.WON, created, closed);
    }

    public OpportunityBuilder lost(long created, long closed) {
        return closed(OpportunityStatus.LOST, created, closed);
    }

    public OpportunityBuilder created(long value) {
        this.createdAt = value;
        return this;
    }

    private OpportunityBuilder closed(OpportunityStatus value, long created, long closed) {
        this.status = value;
        this.createdAt = created;
        this.closedAt = closed;
        return this;
    }

    public Opportunity build() {
        return new Opportunity(id, customer, owner, amountFen, "商务谈判", need, budget, decisionMaker, null, status,
                false, createdAt, closedAt);
    }
}
