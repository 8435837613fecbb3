package com.salesbot.core.fakes;

import com.salesbot.core.model.Customer;
import com.salesbot.core.port.CustomerStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link CustomerStore} in memory for core tests: upserts by id, lists ordered by id. */
public final class InMemoryCustomerStore implements CustomerStore {
    private final ConcurrentSkipListMap<String, Customer> customers = new ConcurrentSkipListMap<>();

    @Override
    public void save(Customer customer) {
        customers.put(customer.id(), customer);
    }

    @Override
    public Optional<Customer> find(String customerId) {
        return Optional.ofNullable(customers.get(customerId));
    }

    @Override
    public Optional<Customer> findByWecomExternalUserId(String externalUserId) {
        return customers.values().stream()
                .filter(c -> Objects.equals(c.wecomExternalUserId(), externalUserId)).findFirst();
    }

    @Override
    public List<Customer> ofOwner(String repId) {
        return customers.values().stream().filter(c -> Objects.equals(c.ownerRepId(), repId)).toList();
    }

    @Override
    public List<Customer> all() {
        return List.copyOf(customers.values());
    }
}
