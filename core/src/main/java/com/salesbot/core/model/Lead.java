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
 * @param lostReason            the configured lost-reason code (输单原因) once the lead is lost, null while open
 * @param lostAt                epoch ms when it was marked lost, 0 while open
 */
public record Lead(long id, String customerId, String ownerRepId, String sourceChannel, long firstTouchAt,
                   String painPoint, String stage, long stageEnteredAt, String verifiedSourceChannel,
                   String lostReason, long lostAt) {
    public Lead {
        Require.text(customerId, "customer id");
        Require.text(ownerRepId, "owner rep id");
        Require.text(sourceChannel, "source channel");
        Require.text(painPoint, "pain point");
        Require.text(stage, "stage");
        Require.notNegative(firstTouchAt, "first touch time");
        Require.notNegative(lostAt, "lost time");
        if (lostReason != null && lostReason.isBlank()) {
            lostReason = null;
        }
    }

    /** An open (not lost) lead. */
    public Lead(long id, String customerId, String ownerRepId, String sourceChannel, long firstTouchAt,
                String painPoint, String stage, long stageEnteredAt, String verifiedSourceChannel) {
        this(id, customerId, ownerRepId, sourceChannel, firstTouchAt, painPoint, stage, stageEnteredAt,
                verifiedSourceChannel, null, 0);
    }

    /** Lost (输单): out of the open-lead lists, R6 dwell and the follow-up cycle from {@link #lostAt}. */
    public boolean lost() {
        return lostReason != null;
    }

    public Lead lostFor(String reason, long at) {
        Require.text(reason, "lost reason");
        return new Lead(id, customerId, ownerRepId, sourceChannel, firstTouchAt, painPoint, stage, stageEnteredAt,
                verifiedSourceChannel, reason, at);
    }

    /** The same lead with the source a manager confirmed (R20 accuracy). */
    public Lead withVerifiedSource(String verified) {
        return new Lead(id, customerId, ownerRepId, sourceChannel, firstTouchAt, painPoint, stage, stageEnteredAt,
                verified, lostReason, lostAt);
    }

    /** This lead's new state keeping {@code earlier}'s lost mark (an import does not reopen a lost lead). */
    public Lead keepingLostOf(Lead earlier) {
        return new Lead(id, customerId, ownerRepId, sourceChannel, firstTouchAt, painPoint, stage, stageEnteredAt,
                verifiedSourceChannel, earlier.lostReason(), earlier.lostAt());
    }

    public Lead withId(long newId) {
        return new Lead(newId, customerId, ownerRepId, sourceChannel, firstTouchAt, painPoint, stage, stageEnteredAt,
                verifiedSourceChannel, lostReason, lostAt);
    }

    public Lead movedTo(String newStage, long at) {
        return new Lead(id, customerId, ownerRepId, sourceChannel, firstTouchAt, painPoint, newStage, at,
                verifiedSourceChannel, lostReason, lostAt);
    }
}
