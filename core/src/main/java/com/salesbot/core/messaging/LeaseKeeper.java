package com.salesbot.core.messaging;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Keeps the lease of the row being worked on alive: renews it every third of the lease while the work runs, so a
 * slow send or handler never outlives its lease and a second instance never takes a row that is still in hand.
 * Should a renewal fail (the lease was lost), the work's own completion is fenced by the token anyway.
 */
public final class LeaseKeeper implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class.getName());

    private final ScheduledExecutorService timer;
    private final long periodMillis;

    public LeaseKeeper(String name, long leaseMillis) {
        this.periodMillis = Math.max(10, leaseMillis / 3);
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts renewing with renew (returns false once the lease is lost) until the returned handle is closed. */
    public Held hold(String what, BooleanSupplier renew) {
        ScheduledFuture<?> task = timer.scheduleWithFixedDelay(() -> {
            try {
                if (!renew.getAsBoolean()) {
                    LOG.warning(() -> what + ": lease lost while in hand; its completion will be refused");
                    throw new IllegalStateException("lease lost"); // stops further renewals of this row
                }
            } catch (RuntimeException e) {
                if (!(e instanceof IllegalStateException)) {
                    LOG.warning(() -> what + ": lease renewal failed (" + e.getClass().getSimpleName() + ")");
                    return;
                }
                throw e;
            }
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return () -> task.cancel(false);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    /** A lease being kept alive; closing stops the renewals. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
