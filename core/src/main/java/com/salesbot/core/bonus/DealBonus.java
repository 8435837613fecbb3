package com.salesbot.core.bonus;

import com.salesbot.core.deal.Deal;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * One deal's bonus as of a day: base (contract x base rate), the coefficient it is paid at (the rep's coefficient of
 * the month its first part was settled, or of the current month while none is), the total (base x coefficient,
 * rounded once) and its three parts, which add up to the total to the fen; plus the mentor's lines, if any.
 */
public record DealBonus(Deal deal, long baseFen, BigDecimal coefficient, YearMonth coefficientMonth,
                        boolean coefficientFinal, long totalFen, List<PartLine> parts, List<PartLine> mentorLines) {
    public DealBonus {
        parts = List.copyOf(parts);
        mentorLines = List.copyOf(mentorLines);
    }

    public long amount(PartState state) {
        return parts.stream().filter(p -> p.state() == state).mapToLong(PartLine::amountFen).sum();
    }

    public long pendingFen() {
        return parts.stream().filter(p -> !p.state().settled()).mapToLong(PartLine::amountFen).sum();
    }
}
