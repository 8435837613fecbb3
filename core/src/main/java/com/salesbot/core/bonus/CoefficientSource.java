package com.salesbot.core.bonus;

import java.time.YearMonth;

/** A rep's coefficient for a month. */
@FunctionalInterface
public interface CoefficientSource {
    Coefficient of(String repId, YearMonth month);
}
