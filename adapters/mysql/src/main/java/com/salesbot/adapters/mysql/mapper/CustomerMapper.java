package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.Customer;
import java.util.List;

/** SQL for customers (CustomerMapper.xml). */
public interface CustomerMapper {
    void upsert(Customer customer);

    Customer find(String id);

    Customer findByWecomExternalUserId(String externalUserId);

    List<Customer> ofOwner(String repId);

    List<Customer> all();
}
