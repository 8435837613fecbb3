package com.salesbot.core.messaging;

import java.time.Duration;

/** The outcome of one delivery try. */
public sealed interface SendResult {
    record Sent() implements SendResult {
    }

    /** Transient (network, rate limit, token expired): try again after the given delay. */
    record Retry(Duration after, String error) implements SendResult {
    }

    /** Will never succeed (unknown user, invalid content): keep it visible, do not retry. */
    record Permanent(String error) implements SendResult {
    }
}
