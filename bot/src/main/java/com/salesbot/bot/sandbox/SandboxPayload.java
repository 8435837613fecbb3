package com.salesbot.bot.sandbox;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What the sandbox records in the inbox: the JSON form of one thing a person did on the page.
 *
 * @param type      text or action
 * @param as        the rep id the person acts as (the sandbox's platform id)
 * @param eventId   fresh per request; the inbox dedupes on it
 * @param promptId  for an action: the card's prompt id
 * @param actionKey for an action: the tapped button's key
 */
@Serdeable
public record SandboxPayload(String type, String as, String eventId, String text, String promptId, String actionKey,
                             long at) {
    static final String TEXT = "text";
    static final String ACTION = "action";

    static SandboxPayload text(String as, String eventId, String text, long at) {
        return new SandboxPayload(TEXT, as, eventId, text, null, null, at);
    }

    static SandboxPayload action(String as, String eventId, String promptId, String actionKey, long at) {
        return new SandboxPayload(ACTION, as, eventId, null, promptId, actionKey, at);
    }
}
