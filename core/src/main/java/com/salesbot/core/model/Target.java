package com.salesbot.core.model;

import java.time.YearMonth;

/** A rep's sales target (目标) for one month, in fen. */
public record Target(String repId, YearMonth month, long amountFen) {
    public Target {
        Require.text(repId, "rep id");
        Require.present(month, "month");
        Require.notNegative(amountFen, "target amount");
    }
}
