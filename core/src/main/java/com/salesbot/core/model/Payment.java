package com.salesbot.core.model;

/** Achieved revenue (回款) credited to a rep, in fen, at epoch ms {@code paidAt}. */
public record Payment(String id, String repId, String customerId, String opportunityId, long amountFen, long paidAt) {
    public Payment {
        Require.text(id, "payment id");
        Require.text(repId, "rep id");
        Require.notNegative(amountFen, "payment amount");
        Require.notNegative(paidAt, "payment time");
    }
}
