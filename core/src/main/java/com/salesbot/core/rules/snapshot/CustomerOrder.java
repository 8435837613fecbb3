package com.salesbot.core.rules.snapshot;

import com.salesbot.core.model.Require;

/**
 * An order of a customer as imported from the ERP (R17 snapshot).
 *
 * @param status   fulfilment state as the ERP names it, e.g. 已发货, 待发货, 已签收
 * @param fulfilled true once delivered/accepted
 * @param orderedAt epoch ms
 */
public record CustomerOrder(String id, String customerId, long amountFen, String status, boolean fulfilled,
                            long orderedAt) {
    public CustomerOrder {
        Require.text(id, "order id");
        Require.text(customerId, "customer id of order " + id);
        Require.text(status, "status of order " + id);
        Require.notNegative(amountFen, "order amount");
        Require.notNegative(orderedAt, "order time");
    }
}
