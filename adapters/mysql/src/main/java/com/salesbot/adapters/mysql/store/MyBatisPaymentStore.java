package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.PaymentMapper;
import com.salesbot.core.model.Payment;
import com.salesbot.core.port.PaymentStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/** Payments in MySQL/H2. */
@Singleton
public class MyBatisPaymentStore implements PaymentStore {
    private final PaymentMapper mapper;

    public MyBatisPaymentStore(PaymentMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(Payment payment) {
        mapper.upsert(payment);
    }

    @Override
    @ReadOnly
    public List<Payment> between(long fromInclusive, long toExclusive) {
        return mapper.between(fromInclusive, toExclusive);
    }

    @Override
    @ReadOnly
    public List<Payment> ofRepBetween(String repId, long fromInclusive, long toExclusive) {
        return mapper.ofRepBetween(repId, fromInclusive, toExclusive);
    }
}
