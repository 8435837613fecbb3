package com.salesbot.adapters.dingtalk.callback;

/** Outcome of checking one HTTP callback; the controller maps it to an HTTP status. */
public sealed interface CallbackVerdict {

    /** Signed, fresh and well-formed: record {@code json} in the inbox under {@code eventId}, then answer 200. */
    record Accepted(String json, String eventId) implements CallbackVerdict {
    }

    /**
     * Refused: answer {@code httpStatus} and record nothing.
     *
     * @param httpStatus 401 bad or stale signature, 400 malformed body, 413 body too large
     * @param reason     short English reason for logs; never contains the secret or the signature
     */
    record Rejected(int httpStatus, String reason) implements CallbackVerdict {
    }
}
