package com.salesbot.core.feature.common;

import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Touch;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.TouchStore;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The customers a rep most likely means: those touched lately (newest first), then those they own. */
public final class RecentCustomers {
    private final TouchStore touches;
    private final CustomerStore customers;
    private final int limit;
    private final long windowMillis;

    public RecentCustomers(TouchStore touches, CustomerStore customers, int limit, int days) {
        this.touches = touches;
        this.customers = customers;
        this.limit = limit;
        this.windowMillis = Duration.ofDays(days).toMillis();
    }

    public List<Customer> of(String repId, long now) {
        Set<String> ids = new LinkedHashSet<>();
        touches.ofRepBetween(repId, now - windowMillis, now + 1).stream()
                .sorted(Comparator.comparingLong(Touch::startedAt).reversed())
                .map(Touch::customerId).filter(Objects::nonNull).forEach(ids::add);
        customers.ofOwner(repId).forEach(c -> ids.add(c.id()));
        return ids.stream().map(customers::find).flatMap(java.util.Optional::stream).limit(limit).toList();
    }
}
