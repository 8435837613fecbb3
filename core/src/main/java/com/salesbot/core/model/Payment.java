package com.salesbot.core.model;

/**
 * Achieved revenue (回款) credited to a rep, in fen, at epoch ms {@code paidAt}, for a product line (the target
 * sandbox's history source is per line); without one it is {@value #DEFAULT_LINE}.
 */
public record Payment(String id, String repId, String customerId, String opportunityId, long amountFen, long paidAt,
                      String productLine) {
    public static final String DEFAULT_LINE = "默认";

    public Payment {
        Require.text(id, "payment id");
        Require.text(repId, "rep id");
        Require.notNegative(amountFen, "payment amount");
        Require.notNegative(paidAt, "payment time");
        productLine = productLine == null || productLine.isBlank() ? DEFAULT_LINE : productLine.strip();
    }

    /** A payment of the default product line. */
    public Payment(String id, String repId, String customerId, String opportunityId, long amountFen, long paidAt) {
        this(id, repId, customerId, opportunityId, amountFen, paidAt, DEFAULT_LINE);
    }
}
