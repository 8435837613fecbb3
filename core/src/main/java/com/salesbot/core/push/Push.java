package com.salesbot.core.push;

import com.salesbot.core.card.OutgoingMessage;
import com.salesbot.core.chat.Reply;
import com.salesbot.core.model.Require;

/**
 * A message the bot starts on its own, with the dedupe key that makes it idempotent across instances and
 * restarts: the outbox keeps one row per key, so computing the same push twice never sends it twice.
 *
 * @param dedupeKey deterministic, e.g. {@code digest:2026-11-27:team-a:m1}
 */
public record Push(String dedupeKey, String channel, String recipient, OutgoingMessage message) {
    public Push {
        Require.text(dedupeKey, "dedupe key");
        Require.text(channel, "channel");
        Require.text(recipient, "recipient");
        Require.present(message, "message");
    }

    public static Push of(String dedupeKey, Reply reply) {
        return new Push(dedupeKey, reply.channel(), reply.recipient(), reply.message());
    }
}
