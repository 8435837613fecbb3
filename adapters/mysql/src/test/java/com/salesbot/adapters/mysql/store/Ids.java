package com.salesbot.adapters.mysql.store;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Unique ids and time bases, so tests sharing one schema never see each other's rows. */
final class Ids {
    private Ids() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A random epoch-ms base far from other tests' bases (spread over ~30 years, aligned to a minute). */
    static long timeBase() {
        return 1_600_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 1_000_000L;
    }
}
