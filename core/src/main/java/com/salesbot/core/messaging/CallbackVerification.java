package com.salesbot.core.messaging;

/**
 * What a channel's callback verifier decided about one HTTP callback (WeCom, DingTalk): record it in the inbox and
 * acknowledge, or answer a 4xx and record nothing. One type for every channel, so the controllers read alike.
 */
public sealed interface CallbackVerification {

    /**
     * A genuine, fresh callback for this deployment.
     *
     * @param payload the verified (and, for WeCom, decrypted) text: the echo string of a WeCom URL verification,
     *                otherwise the message XML or JSON to record in the inbox
     * @param eventId the inbox dedupe key (the platform's message id or a stable event identity); null for a WeCom
     *                URL verification, which is answered and never recorded
     */
    record Accepted(String payload, String eventId) implements CallbackVerification {
    }

    /**
     * Refused: answer {@code httpStatus} and record nothing.
     *
     * @param httpStatus 400 malformed, 401 bad signature, 403 stale or not our corp, 413 body too large
     * @param reason     short English reason for the log; never contains a secret, a signature or a key
     */
    record Rejected(int httpStatus, String reason) implements CallbackVerification {
    }
}
