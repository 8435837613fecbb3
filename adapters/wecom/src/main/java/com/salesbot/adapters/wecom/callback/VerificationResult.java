package com.salesbot.adapters.wecom.callback;

/** What the controller does with a callback: process it, or answer a 4xx and record nothing. */
public sealed interface VerificationResult {
    /**
     * A genuine, fresh callback for our corp.
     *
     * @param plaintext the decrypted text: the echo string for URL verification, the message XML for a POST
     * @param eventId   the inbox dedupe key (MsgId or a stable event identity); null for URL verification
     */
    record Ok(String plaintext, String eventId) implements VerificationResult {
    }

    /**
     * Refused; reason is for logs (never contains secrets), httpStatus is 400, 401, 403 or 413.
     */
    record Rejected(String reason, int httpStatus) implements VerificationResult {
    }
}
