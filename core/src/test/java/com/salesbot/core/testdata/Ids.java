package com.salesbot.core.testdata;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Unique ids and time bases, so tests sharing one schema never see each other's rows. */
public final class Ids {
    private Ids() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A random epoch-ms base far from other tests' bases (spread over ~30 years, aligned to a minute). */
    public static long timeBase() {
        return 1_600_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000) * 1_000_000L;
    }
}
