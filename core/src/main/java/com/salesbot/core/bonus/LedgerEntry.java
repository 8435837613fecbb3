package com.salesbot.core.bonus;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A settled bonus part written to the ledger by the monthly run: paid out (released) or forfeited in
 * {@code payoutMonth}. The key (deal, part, beneficiary) is unique: a part is never released twice.
 */
public record LedgerEntry(String dealId, BonusPart part, String beneficiaryId, boolean mentorShare, long amountFen,
                          PartState state, LocalDate settledOn, YearMonth payoutMonth, String reason,
                          long recordedAt) {
}
