package com.salesbot.core.messaging;

/**
 * A message waiting to be delivered by the sender (docs/design.md, message life cycle step 5).
 *
 * @param channel       wecom, dingtalk or sandbox
 * @param recipient     the platform user id (or chat id) to deliver to
 * @param payload       the channel-neutral message as JSON
 * @param dedupeKey     makes enqueueing idempotent (e.g. digest:2026-11-27:m001), null when not needed
 * @param nextAttemptAt epoch ms of the next delivery try
 * @param attempts      delivery tries that failed because of the message itself (outages are not counted)
 * @param lastError     the last delivery error, secrets never included
 * @param leaseToken    the token of the claim that leased this row; every completion must present it (fencing)
 * @param partsDone     how many parts of a multi-part message (card, then its image) already went out
 */
public record OutboxEntry(long id, String channel, String recipient, String payload, String dedupeKey,
                          long createdAt, long nextAttemptAt, int attempts, MessageStatus status, String lastError,
                          String leaseToken, int partsDone) {

    /** A row as stored, without a lease and with no part sent yet. */
    public OutboxEntry(long id, String channel, String recipient, String payload, String dedupeKey,
                       long createdAt, long nextAttemptAt, int attempts, MessageStatus status, String lastError) {
        this(id, channel, recipient, payload, dedupeKey, createdAt, nextAttemptAt, attempts, status, lastError,
                null, 0);
    }
}
