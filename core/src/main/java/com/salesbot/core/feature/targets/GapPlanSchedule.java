package com.salesbot.core.feature.targets;

import com.salesbot.core.chat.RecipientDirectory;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.model.Quarter;
import com.salesbot.core.push.PushLedger;
import com.salesbot.core.push.PushOutbox;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * The quarterly R15 run: on the first business day of a quarter the 客户成功部协同辅导计划 cards for the quarter
 * that just closed are queued (through {@link PushOutbox}, so a run during quiet hours waits until morning). A run
 * missed that day (the bot was down) is caught up on a later business day of the quarter's first month; the push
 * ledger ({@code gap-plans:<quarter>}) makes it once per quarter, and every card's dedupe key
 * ({@code gap-plan:<quarter>:<channel>:<recipient>:<repId>}, the same the admin API uses) makes a second run or an
 * API call for the same quarter send nothing twice.
 */
public final class GapPlanSchedule {
    private final GapCoaching coaching;
    private final PushOutbox outbox;
    private final PushLedger ledger;
    private final BusinessCalendar calendar;
    private final RecipientDirectory directory;

    public GapPlanSchedule(GapCoaching coaching, PushOutbox outbox, PushLedger ledger, BusinessCalendar calendar,
                           RecipientDirectory directory) {
        this.coaching = coaching;
        this.outbox = outbox;
        this.ledger = ledger;
        this.calendar = calendar;
        this.directory = directory;
    }

    /** Queues the run for the just-closed quarter if it is due at {@code now}; returns the cards handed over. */
    public int tick(long now) {
        LocalDate today = calendar.dayOf(now);
        if (!due(today)) {
            return 0;
        }
        Quarter closed = Quarter.of(today).previous();
        String key = "gap-plans:" + closed;
        if (ledger.done(key)) {
            return 0;
        }
        int n = send(closed, now);
        ledger.markDone(key);
        return n;
    }

    /** Queues the cards for {@code quarter} now (the scheduled run and {@code POST /api/capability-gaps}). */
    public int send(Quarter quarter, long now) {
        List<Outgoing> cards = coaching.cards(quarter, directory, now);
        return outbox.enqueue(cards, now);
    }

    /** The first business day of the quarter (its first day if the whole first month had none). */
    public LocalDate firstBusinessDay(Quarter quarter) {
        for (LocalDate d = quarter.firstDay(); d.isBefore(quarter.firstMonth().plusMonths(1).atDay(1));
             d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                return d;
            }
        }
        return quarter.firstDay();
    }

    /** From the quarter's first business day to the end of its first month, on business days. */
    boolean due(LocalDate today) {
        Quarter current = Quarter.of(today);
        return !today.isBefore(firstBusinessDay(current))
                && today.getMonth() == current.firstMonth().getMonth()
                && calendar.isBusinessDay(today);
    }
}
