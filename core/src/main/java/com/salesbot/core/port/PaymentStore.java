package com.salesbot.core.port;

import com.salesbot.core.model.Payment;
import java.util.List;

/** Payments (achieved revenue). Saves are upserts by id. Ranges are epoch ms, end exclusive. */
public interface PaymentStore {
    void save(Payment payment);

    List<Payment> between(long fromInclusive, long toExclusive);

    List<Payment> ofRepBetween(String repId, long fromInclusive, long toExclusive);
}
