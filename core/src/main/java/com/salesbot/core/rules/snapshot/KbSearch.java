package com.salesbot.core.rules.snapshot;

import com.salesbot.core.model.Require;

/** A knowledge-base search a customer made (portal/help centre), imported for the R17 snapshot. */
public record KbSearch(String customerId, String keyword, long searchedAt) {
    public KbSearch {
        Require.text(customerId, "customer id");
        Require.text(keyword, "keyword");
        Require.notNegative(searchedAt, "search time");
    }
}
