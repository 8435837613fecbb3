package com.salesbot.core.push;

import com.salesbot.core.port.KeyValueStore;
import java.time.Duration;

/**
 * Remembers which scheduled pushes (or batches of them) are already in the outbox, so that a job ticking every
 * minute does not recompute a digest it has sent. It only saves work: the outbox dedupe key is what guarantees
 * that a push is never sent twice, even if a mark is lost.
 */
public final class PushLedger {
    private static final String PREFIX = "push:done:";
    private static final Duration KEEP = Duration.ofDays(45);

    private final KeyValueStore kv;

    public PushLedger(KeyValueStore kv) {
        this.kv = kv;
    }

    public boolean done(String key) {
        return kv.get(PREFIX + key).isPresent();
    }

    public void markDone(String key) {
        kv.put(PREFIX + key, "1", KEEP);
    }

    /** Keeps a small fact about a push (e.g. the day a lesson asked for its note). */
    public void remember(String key, String value) {
        kv.put(PREFIX + key, value, KEEP);
    }

    public java.util.Optional<String> recall(String key) {
        return kv.get(PREFIX + key);
    }
}
