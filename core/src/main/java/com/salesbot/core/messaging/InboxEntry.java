package com.salesbot.core.messaging;

/**
 * A platform callback recorded before it is acknowledged (docs/design.md, message life cycle step 2).
 *
 * @param eventId    the platform's identity of the message or event, unique per channel
 * @param payload    the verified, decrypted body as received (XML or JSON)
 * @param attempts   how many times processing was tried
 * @param leaseUntil epoch ms until which a dispatcher owns the row, 0 when free
 */
public record InboxEntry(long id, String channel, String eventId, String payload, long receivedAt,
                         MessageStatus status, int attempts, long leaseUntil, String lastError) {
}
