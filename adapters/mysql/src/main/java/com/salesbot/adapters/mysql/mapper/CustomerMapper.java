package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.Customer;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for customers (CustomerMapper.xml). */
public interface CustomerMapper {
    void upsert(Customer customer);

    Customer find(String id);

    Customer findByWecomExternalUserId(String externalUserId);

    List<Customer> findAll(@Param("ids") List<String> ids);

    /** Customers having one of the external user ids, ordered by id (the caller keeps the first per id). */
    List<Customer> findByWecomExternalUserIds(@Param("ids") List<String> externalUserIds);

    List<Customer> ofOwner(String repId);

    List<Customer> all();
}
