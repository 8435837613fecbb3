package com.salesbot.core.port;

import com.salesbot.core.model.Customer;
import java.util.List;
import java.util.Optional;

/** Customers. Saves are upserts by id. */
public interface CustomerStore {
    void save(Customer customer);

    Optional<Customer> find(String customerId);

    Optional<Customer> findByWecomExternalUserId(String externalUserId);

    /** Customers owned by a rep, ordered by id. */
    List<Customer> ofOwner(String repId);

    List<Customer> all();
}
