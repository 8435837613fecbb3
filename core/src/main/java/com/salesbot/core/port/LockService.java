package com.salesbot.core.port;

import java.time.Duration;
import java.util.Optional;

/** A lock shared by every bot instance (token refresh, one-off jobs). */
public interface LockService {
    /** Tries once; the lock expires after ttl even if never released. */
    Optional<Lock> tryLock(String name, Duration ttl);

    /** A held lock; release is safe to call twice and never releases someone else's lock. */
    interface Lock extends AutoCloseable {
        String name();

        void release();

        @Override
        default void close() {
            release();
        }
    }
}
