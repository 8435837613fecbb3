package com.salesbot.core.workbench;

import java.util.Optional;

/**
 * Port: turns the one-time code a platform hands to the workbench page (WeCom OAuth2 {@code code}, DingTalk 免登
 * {@code authCode}) into the platform's user id. A code is good for one sign-in and a few minutes.
 */
public interface IdentityResolver {
    /** The platform user id behind the code, or empty when the platform refuses the code (unknown, used, expired). */
    Optional<String> userIdFor(String code);

    /**
     * Raised when the platform cannot be asked (network, token, rate limit): the person should try again, the code
     * itself may be fine.
     */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message) {
            super(message);
        }
    }
}
