package com.salesbot.core.port;

import java.util.function.Supplier;

/** Runs work atomically: the effects of one inbox row and its outbox rows commit together or not at all. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    /** For single-process tests and the in-memory mode: no transaction at all. */
    static Transactions none() {
        return new Transactions() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };
    }
}
