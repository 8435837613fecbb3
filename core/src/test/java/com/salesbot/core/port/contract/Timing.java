package com.salesbot.core.port.contract;

import com.salesbot.core.testdata.MutableClock;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * How a contract suite lets time pass for one kind of implementation: a hand-moved clock for in-memory
 * stores, real sleeping (with short TTLs and a jitter tolerance) for stores backed by a server.
 */
public record Timing(Consumer<Duration> elapser, Duration shortTtl, Duration tolerance) {

    /** In-memory implementations: time moves only when the suite advances the clock, so 1 ms is exact. */
    public static Timing movedBy(MutableClock clock) {
        return new Timing(clock::advance, Duration.ofSeconds(30), Duration.ofMillis(1));
    }
}
