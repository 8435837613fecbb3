package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.Payment;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for payments (PaymentMapper.xml). */
public interface PaymentMapper {
    void upsert(Payment payment);

    List<Payment> between(@Param("from") long fromInclusive, @Param("to") long toExclusive);

    List<Payment> ofRepBetween(@Param("repId") String repId, @Param("from") long fromInclusive,
                               @Param("to") long toExclusive);
}
