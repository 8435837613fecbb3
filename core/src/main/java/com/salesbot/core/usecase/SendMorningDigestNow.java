package com.salesbot.core.usecase;

import com.salesbot.core.messaging.OutboxWriter;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.push.DailyDigest;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.util.List;

/**
 * Someone asks for the R4 morning digest now (the sandbox's button): every manager gets the digest of the latest
 * business day up to today, at once (quiet hours do not apply to a button press). Each request queues a fresh
 * copy under its own dedupe key, so it never blocks or replaces the scheduled digest.
 */
public final class SendMorningDigestNow {
    /** How far back a run of holidays is walked to find the latest business day. */
    static final int MAX_DAYS_BACK = 14;

    /** @param requestedAt when the digest was asked for (epoch millis) */
    public record Command(long requestedAt) {
    }

    private final DailyDigest digest;
    private final BusinessCalendar calendar;
    private final OutboxWriter outbox;

    public SendMorningDigestNow(DailyDigest digest, BusinessCalendar calendar, OutboxWriter outbox) {
        this.digest = digest;
        this.calendar = calendar;
        this.outbox = outbox;
    }

    /** Queues one digest card per manager; returns how many. */
    public int send(Command command) {
        long now = command.requestedAt();
        LocalDate day = calendar.dayOf(now);
        for (int i = 0; i < MAX_DAYS_BACK && !calendar.isBusinessDay(day); i++) {
            day = day.minusDays(1);
        }
        List<Outgoing> pushes = digest.pushes(day);
        for (Outgoing p : pushes) {
            outbox.enqueue(p.withDedupeKey("sandbox-now:" + now + ":" + p.dedupeKey()), now);
        }
        return pushes.size();
    }
}
