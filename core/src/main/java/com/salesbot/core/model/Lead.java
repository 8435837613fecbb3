package com.salesbot.core.model;

/**
 * A lead (线索) with the R1 form fields.
 *
 * @param id                    0 before it is stored
 * @param sourceChannel         source channel (来源渠道), one of the configured sources
 * @param firstTouchAt          epoch ms, captured automatically, never typed
 * @param painPoint             core pain point (客户核心痛点), required
 * @param stage                 one of the configured stage codes
 * @param stageEnteredAt        epoch ms when the lead entered its current stage (R6 dwell)
 * @param verifiedSourceChannel the source as later confirmed by a manager, null until checked (R20)
 */
public record Lead(long id, String customerId, String ownerRepId, String sourceChannel, long firstTouchAt,
                   String painPoint, String stage, long stageEnteredAt, String verifiedSourceChannel) {
    public Lead {
        Require.text(customerId, "customer id");
        Require.text(ownerRepId, "owner rep id");
        Require.text(sourceChannel, "source channel");
        Require.text(painPoint, "pain point");
        Require.text(stage, "stage");
        Require.notNegative(firstTouchAt, "first touch time");
    }

    public Lead withId(long newId) {
        return new Lead(newId, customerId, ownerRepId, sourceChannel, firstTouchAt, painPoint, stage, stageEnteredAt,
                verifiedSourceChannel);
    }

    public Lead movedTo(String newStage, long at) {
        return new Lead(id, customerId, ownerRepId, sourceChannel, firstTouchAt, painPoint, newStage, at,
                verifiedSourceChannel);
    }
}
