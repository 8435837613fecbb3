package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.CustomerMapper;
import com.salesbot.core.model.Customer;
import com.salesbot.core.port.CustomerStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Customers in MySQL/H2. */
@Singleton
public class MyBatisCustomerStore implements CustomerStore {
    /** Ids per IN list: keeps statements far below max_allowed_packet. */
    static final int CHUNK = 500;

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

    /**
     * One IN lookup per {@value #CHUNK} ids. Keyed by the ids asked for: the column's collation may match an id
     * spelled differently (as {@link #find} does), so an asked id not returned verbatim is matched ignoring case.
     */
    @Override
    @ReadOnly
    public Map<String, Customer> findAll(Collection<String> customerIds) {
        return byAsked(customerIds, mapper::findAll, Customer::id);
    }

    /** Like {@link #findAll}; of several customers sharing an external user id the lowest id wins. */
    @Override
    @ReadOnly
    public Map<String, Customer> findByWecomExternalUserIds(Collection<String> externalUserIds) {
        return byAsked(externalUserIds, mapper::findByWecomExternalUserIds, Customer::wecomExternalUserId);
    }

    private static Map<String, Customer> byAsked(Collection<String> asked, Function<List<String>, List<Customer>> query,
                                                 Function<Customer, String> key) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(asked));
        Map<String, Customer> found = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            List<Customer> rows = query.apply(chunk);
            for (String id : chunk) {
                rows.stream().filter(c -> id.equals(key.apply(c))).findFirst()
                        .or(() -> rows.stream().filter(c -> id.equalsIgnoreCase(key.apply(c))).findFirst())
                        .ifPresent(c -> found.put(id, c));
            }
        }
        return found;
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
