package com.salesbot.core.push;

import com.salesbot.core.messaging.Outgoing;
import java.time.YearMonth;
import java.util.List;

/**
 * A monthly card a feature adds to the scheduled monthly reports. It goes out in the same batch as the built-in
 * ones (once per month through the push ledger, deferred past quiet hours by {@link PushOutbox}); every push it
 * returns carries its own dedupe key, one per month and recipient.
 */
@FunctionalInterface
public interface MonthlyReport {
    List<Outgoing> monthly(YearMonth month, long now);
}
