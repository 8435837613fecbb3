package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.CustomerMapper;
import com.salesbot.core.model.Customer;
import com.salesbot.core.port.CustomerStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Customers in MySQL/H2. */
@Singleton
public class MyBatisCustomerStore implements CustomerStore {
    private final CustomerMapper mapper;

    public MyBatisCustomerStore(CustomerMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(Customer customer) {
        mapper.upsert(customer);
    }

    @Override
    @ReadOnly
    public Optional<Customer> find(String customerId) {
        return Optional.ofNullable(mapper.find(customerId));
    }

    @Override
    @ReadOnly
    public Optional<Customer> findByWecomExternalUserId(String externalUserId) {
        return Optional.ofNullable(mapper.findByWecomExternalUserId(externalUserId));
    }

    @Override
    @ReadOnly
    public List<Customer> ofOwner(String repId) {
        return mapper.ofOwner(repId);
    }

    @Override
    @ReadOnly
    public List<Customer> all() {
        return mapper.all();
    }
}
