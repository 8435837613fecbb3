package com.salesbot.core.rules.compare;

/**
 * The raw counts behind one rep's six comparison figures over a period. Each figure is null when its
 * denominator is 0 ("no data", never shown as 0%).
 *
 * @param cycleDaysTotal sum over won opportunities of (closedAt − createdAt) in days (fractional)
 */
public record RepPerformance(String repId, long effectiveTouches, int leads, int convertedLeads, int won, int lost,
                             long wonAmountFen, double cycleDaysTotal, int payingCustomers, int repeatCustomers) {

    public Double value(ComparisonMetric metric) {
        return switch (metric) {
            case EFFECTIVE_TOUCHES -> (double) effectiveTouches;
            case LEAD_CONVERSION -> share(convertedLeads, leads);
            case WIN_RATE -> share(won, won + lost);
            case AVERAGE_DEAL_FEN -> won == 0 ? null : (double) wonAmountFen / won;
            case CYCLE_DAYS -> won == 0 ? null : cycleDaysTotal / won;
            case REPURCHASE_RATE -> share(repeatCustomers, payingCustomers);
        };
    }

    private static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
