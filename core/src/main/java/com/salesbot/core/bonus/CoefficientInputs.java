package com.salesbot.core.bonus;

import java.util.OptionalDouble;

/**
 * What one rep's customers did in one month, as the coefficient needs it.
 *
 * @param answeredTickets     tickets opened this month with a first answer
 * @param responseMinutesSum  their first-answer minutes added up
 * @param unansweredTickets   tickets opened this month still without an answer (each counts as twice the target)
 * @param kbSuggested         knowledge-base articles suggested to the rep's customers this month
 * @param kbAdopted           of which the customer adopted (used) them
 * @param npsThisMonth        mean NPS (-100..100) of the rep's customers surveyed this month, empty when none
 * @param npsLastMonth        the same for the month before
 * @param csMinutes           minutes of joint sessions with a customer-success manager this month
 */
public record CoefficientInputs(int answeredTickets, long responseMinutesSum, int unansweredTickets, int kbSuggested,
                                int kbAdopted, OptionalDouble npsThisMonth, OptionalDouble npsLastMonth,
                                long csMinutes) {
    public static final CoefficientInputs NONE = new CoefficientInputs(0, 0, 0, 0, 0, OptionalDouble.empty(),
            OptionalDouble.empty(), 0);

    public CoefficientInputs {
        if (answeredTickets < 0 || responseMinutesSum < 0 || unansweredTickets < 0 || kbSuggested < 0
                || kbAdopted < 0 || csMinutes < 0) {
            throw new IllegalArgumentException("coefficient inputs must not be negative");
        }
        if (kbAdopted > kbSuggested) {
            throw new IllegalArgumentException("adopted articles (" + kbAdopted + ") exceed suggested ("
                    + kbSuggested + ")");
        }
    }
}
