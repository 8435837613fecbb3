package com.salesbot.core.fakes;

import com.salesbot.core.model.Payment;
import com.salesbot.core.port.PaymentStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** {@link PaymentStore} in memory for core tests: upserts by id, ranges end exclusive, oldest first. */
public final class InMemoryPaymentStore implements PaymentStore {
    private final Map<String, Payment> payments = new ConcurrentHashMap<>();

    @Override
    public void save(Payment payment) {
        payments.put(payment.id(), payment);
    }

    @Override
    public List<Payment> between(long fromInclusive, long toExclusive) {
        return payments.values().stream().filter(p -> p.paidAt() >= fromInclusive && p.paidAt() < toExclusive)
                .sorted(Comparator.comparingLong(Payment::paidAt).thenComparing(Payment::id)).toList();
    }

    @Override
    public List<Payment> ofRepBetween(String repId, long fromInclusive, long toExclusive) {
        return between(fromInclusive, toExclusive).stream().filter(p -> p.repId().equals(repId)).toList();
    }
}
