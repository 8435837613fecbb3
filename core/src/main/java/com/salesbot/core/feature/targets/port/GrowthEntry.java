package com.salesbot.core.feature.targets.port;

import com.salesbot.core.model.Require;

/**
 * One line of a rep's growth account (能力成长账户, R14): points earned (collaboration, case, certification) or
 * spent (a redemption, negative points).
 *
 * @param id     0 before it is stored
 * @param kind   collaboration, case, certification or redemption
 * @param item   what it is: the event, case, certificate or catalogue item id
 * @param status PENDING until the manager approves a chat claim or a redemption; imports are APPROVED
 */
public record GrowthEntry(long id, String repId, String kind, String item, int points, String status, long at,
                          String decidedBy) {
    public static final String PENDING = "PENDING";
    public static final String APPROVED = "APPROVED";
    public static final String REJECTED = "REJECTED";

    public GrowthEntry {
        Require.text(repId, "rep id");
        Require.text(kind, "kind");
        Require.text(item, "item");
        Require.text(status, "status");
        Require.notNegative(at, "time");
    }
}
