package com.salesbot.core.rules.targethealth;

import com.salesbot.core.model.Require;
import java.time.YearMonth;

/** The target health of one month, as recorded at the month's close (input of R10). */
public record MonthlyHealth(YearMonth month, TargetHealth health) {
    public MonthlyHealth {
        Require.present(month, "month");
        Require.present(health, "health");
    }
}
