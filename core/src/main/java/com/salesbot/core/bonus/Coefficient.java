package com.salesbot.core.bonus;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rep's customer-health coefficient (客户健康度系数) for one month, and why.
 *
 * @param value    the coefficient applied, two decimals, within [min, max] and capped by the CS rule
 * @param formula  the value before the CS cap (already clamped)
 * @param csPoints customer-success collaboration points of the month (0..max)
 * @param capped   true when fewer than the minimum CS points lowered the coefficient to the cap
 * @param reasons  one Chinese line per input
 */
public record Coefficient(BigDecimal value, BigDecimal formula, int csPoints, boolean capped, List<String> reasons) {
    public Coefficient {
        reasons = List.copyOf(reasons);
    }
}
