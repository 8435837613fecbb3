package com.salesbot.core.bonus;

import com.salesbot.core.model.Require;
import java.time.YearMonth;

/** A customer's NPS (-100..100) in a month's survey. */
public record NpsScore(String customerId, YearMonth month, int nps) {
    public NpsScore {
        Require.text(customerId, "customer id");
        Require.present(month, "survey month");
        if (nps < -100 || nps > 100) {
            throw new IllegalArgumentException("NPS 应在 -100 到 100 之间: " + nps);
        }
    }
}
