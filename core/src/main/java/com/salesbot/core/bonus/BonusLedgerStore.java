package com.salesbot.core.bonus;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

/** The bonus ledger; its unique key (deal, part, beneficiary) makes the monthly run safe to repeat. */
public interface BonusLedgerStore {
    /**
     * Writes the entries whose key is not in the ledger yet; an existing key is left as it is (a second run, or
     * another instance, records nothing).
     *
     * @return how many entries were written
     */
    int record(Collection<LedgerEntry> entries);

    /** Entries paid out or forfeited in this month, by beneficiary then deal. */
    List<LedgerEntry> month(YearMonth payoutMonth);

    /** Every entry of these beneficiaries. */
    List<LedgerEntry> of(Collection<String> beneficiaryIds);
}
