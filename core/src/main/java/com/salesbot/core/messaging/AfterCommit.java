package com.salesbot.core.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Side effects outside the database (Redis prompt deletes, focus releases) that must happen only once the database
 * work they belong to has committed: if the transaction rolls back, or the process dies before the commit, the inbox
 * row is retried and must find the dialog state as it was. {@link InboxProcessor} collects the actions registered
 * while it handles a row and runs them after the commit; outside such a unit of work they run at once.
 */
public final class AfterCommit {
    private static final ThreadLocal<List<Runnable>> PENDING = new ThreadLocal<>();

    private AfterCommit() {
    }

    /** Runs the action after the current unit of work commits, or now when there is none. */
    public static void run(Runnable action) {
        List<Runnable> pending = PENDING.get();
        if (pending == null) {
            action.run();
        } else {
            pending.add(action);
        }
    }

    /**
     * Runs work (typically a transaction) collecting the actions registered meanwhile; runs them when work returns,
     * drops them when it throws.
     */
    public static <T> T collect(Supplier<T> work) {
        List<Runnable> outer = PENDING.get();
        List<Runnable> pending = new ArrayList<>();
        PENDING.set(pending);
        T result;
        try {
            result = work.get();
        } finally {
            PENDING.set(outer);
        }
        for (Runnable action : pending) {
            run(action);
        }
        return result;
    }
}
