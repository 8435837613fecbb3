package com.salesbot.core.messaging;

import java.time.Duration;

/** The outcome of one delivery try. */
public sealed interface SendResult {
    record Sent() implements SendResult {
    }

    /**
     * Not delivered now, try again after the given delay. {@code unavailable} says the platform or a dependency is
     * unavailable (rate limit, token outage, system busy, network, Redis/database down): such tries do not spend the
     * message's attempts, however long the outage. Otherwise the message itself is suspect and an attempt is spent.
     */
    record Retry(Duration after, String error, boolean unavailable) implements SendResult {
        /** A retry that spends an attempt. */
        public Retry(Duration after, String error) {
            this(after, error, false);
        }

        /** The platform or a dependency is unavailable: retry without spending an attempt. */
        public static Retry unavailable(Duration after, String error) {
            return new Retry(after, error, true);
        }
    }

    /** Will never succeed (unknown user, invalid content): keep it visible, do not retry. */
    record Permanent(String error) implements SendResult {
    }
}
