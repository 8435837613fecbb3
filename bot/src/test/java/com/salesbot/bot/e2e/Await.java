package com.salesbot.bot.e2e;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls until a condition holds; the machine is shared, so deadlines are generous and failures say what. */
final class Await {
    static final Duration REPLY = Duration.ofSeconds(45);

    private Await() {
    }

    static void until(String what, BooleanSupplier condition) {
        until(what, REPLY, condition);
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            pause(25);
        }
    }

    /** Lets the pump run several more passes, so a second reply that should not exist has time to show up. */
    static void settle(Duration d) {
        pause(d.toMillis());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
