package com.salesbot.core.messaging;

/**
 * A message waiting to be delivered by the sender (docs/design.md, message life cycle step 5).
 *
 * @param channel       wecom, dingtalk or sandbox
 * @param recipient     the platform user id (or chat id) to deliver to
 * @param payload       the channel-neutral message as JSON
 * @param dedupeKey     makes enqueueing idempotent (e.g. digest:2026-11-27:m001), null when not needed
 * @param nextAttemptAt epoch ms of the next delivery try
 * @param lastError     the last delivery error, secrets never included
 */
public record OutboxEntry(long id, String channel, String recipient, String payload, String dedupeKey,
                          long createdAt, long nextAttemptAt, int attempts, MessageStatus status, String lastError) {
}
