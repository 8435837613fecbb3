package com.salesbot.core.testdata;

import com.salesbot.core.model.Lead;

/** Test-data builder for {@link Lead}: a lead of rep R1 from 展会, in stage 需求确认. */
public final class LeadBuilder {
    private long id = 1;
    private String ownerRepId = "R1";
    private String source = "展会";
    private String verifiedSource;
    private long firstTouchAt;
    private String stage = "需求确认";
    private long stageEnteredAt;

    public static LeadBuilder lead(long id) {
        LeadBuilder b = new LeadBuilder();
        b.id = id;
        return b;
    }

    public LeadBuilder owner(String value) {
        this.ownerRepId = value;
        return this;
    }

    public LeadBuilder source(String value) {
        this.source = value;
        return this;
    }

    public LeadBuilder verified(String value) {
        this.verifiedSource = value;
        return this;
    }

    public LeadBuilder firstTouch(long value) {
        this.firstTouchAt = value;
        return this;
    }

    public LeadBuilder stage(String value, long enteredAt) {
        this.stage = value;
        this.stageEnteredAt = enteredAt;
        return this;
    }

    public Lead build() {
        return new Lead(id, "C" + id, ownerRepId, source, firstTouchAt, "降本", stage, stageEnteredAt, verifiedSource);
    }
}
