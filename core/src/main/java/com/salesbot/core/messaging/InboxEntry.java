package com.salesbot.core.messaging;

/**
 * A platform callback recorded before it is acknowledged (docs/design.md, message life cycle step 2).
 *
 * @param eventId    the platform's identity of the message or event, unique per channel
 * @param payload    the verified, decrypted body as received (XML or JSON)
 * @param attempts   how many processing tries failed because of the message itself (outages are not counted)
 * @param leaseUntil epoch ms until which a dispatcher owns the row (or, when free, before which it is not retried)
 * @param leaseToken the token of the claim that leased this row; every completion must present it (fencing)
 */
public record InboxEntry(long id, String channel, String eventId, String payload, long receivedAt,
                         MessageStatus status, int attempts, long leaseUntil, String lastError, String leaseToken) {

    /** A row as stored, without a lease token. */
    public InboxEntry(long id, String channel, String eventId, String payload, long receivedAt,
                      MessageStatus status, int attempts, long leaseUntil, String lastError) {
        this(id, channel, eventId, payload, receivedAt, status, attempts, leaseUntil, lastError, null);
    }
}
