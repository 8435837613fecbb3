package com.salesbot.core.model;

/**
 * A customer (客户).
 *
 * @param wecomExternalUserId WeCom external contact id, null when unknown
 * @param type                customer type used to pick talk tracks, e.g. 制造业
 * @param grade               customer grade (客户等级), e.g. A/B/C, null when not graded yet
 * @param gradeUpdatedAt      epoch ms of the last grade change, 0 when never
 * @param ndaSigned           whether the customer has signed the NDA (R12)
 */
public record Customer(String id, String name, String ownerRepId, String wecomExternalUserId, String type,
                       String grade, long gradeUpdatedAt, boolean ndaSigned) {
    public Customer {
        Require.text(id, "customer id");
        Require.text(name, "customer name");
    }
}
