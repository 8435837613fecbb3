package com.salesbot.adapters.mysql.store;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The claim the inbox and outbox share: pick candidate ids, lease them with one conditional UPDATE under a token
 * fresh to this call (so concurrent instances never share a row), then read back exactly the rows that token won.
 * Losing the race for some candidates returns fewer rows, possibly none; the next poll picks the rest up.
 */
final class LeaseClaim {
    private LeaseClaim() {
    }

    /** Ids of rows free to lease at {@code now}, at most {@code max}. */
    @FunctionalInterface
    interface Candidates {
        List<Long> find(long now, int max);
    }

    /** Leases the ids still free at {@code now} to owner and token until {@code leaseUntil}; returns rows leased. */
    @FunctionalInterface
    interface Lease {
        int apply(List<Long> ids, String owner, String token, long now, long leaseUntil);
    }

    static <T> List<T> claim(Candidates candidates, Lease lease, Function<String, List<T>> leasedBy,
            String owner, int max, long now, long leaseMillis) {
        if (max <= 0) {
            return List.of();
        }
        List<Long> ids = candidates.find(now, max);
        if (ids.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        if (lease.apply(ids, owner, token, now, now + leaseMillis) == 0) {
            return List.of();
        }
        return leasedBy.apply(token);
    }
}
