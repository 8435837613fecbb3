package com.salesbot.core.port;

import com.salesbot.core.model.Customer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Customers. Saves are upserts by id. */
public interface CustomerStore {
    void save(Customer customer);

    Optional<Customer> find(String customerId);

    Optional<Customer> findByWecomExternalUserId(String externalUserId);

    /** Customers owned by a rep, ordered by id. */
    List<Customer> ofOwner(String repId);

    List<Customer> all();

    /** The customers among {@code customerIds} that exist, by id, in one lookup for a batch. */
    default Map<String, Customer> findAll(Collection<String> customerIds) {
        Map<String, Customer> found = new LinkedHashMap<>();
        for (String id : customerIds) {
            find(id).ifPresent(c -> found.put(id, c));
        }
        return found;
    }

    /**
     * The customer of each WeCom external user id among {@code externalUserIds} that has one (the lowest customer id
     * when several share it, like {@link #findByWecomExternalUserId}), in one lookup for a batch.
     */
    default Map<String, Customer> findByWecomExternalUserIds(Collection<String> externalUserIds) {
        Map<String, Customer> found = new LinkedHashMap<>();
        for (String id : externalUserIds) {
            findByWecomExternalUserId(id).ifPresent(c -> found.put(id, c));
        }
        return found;
    }
}
