package com.salesbot.core.push;

import com.salesbot.core.messaging.Outgoing;
import java.time.LocalDate;
import java.util.List;

/** Pushes sent once a week, on the week's first business day (e.g. the Monday source-accuracy check, R20). */
@FunctionalInterface
public interface WeeklyPushes {
    WeeklyPushes NONE = today -> List.of();

    /** What to send in the week containing {@code today}, each keyed so a second computation is harmless. */
    List<Outgoing> pushes(LocalDate today);
}
