package com.salesbot.core.chat.port;

import com.salesbot.core.model.Rep;
import java.time.YearMonth;
import java.util.Optional;

/**
 * R9/R10 target health of a rep, computed by the target rules over the target, payment and opportunity stores.
 * Empty when the rep has no target for the month. The engine never computes these figures itself.
 */
@FunctionalInterface
public interface TargetHealthSource {
    Optional<RepTargetHealth> health(Rep rep, YearMonth month);
}
