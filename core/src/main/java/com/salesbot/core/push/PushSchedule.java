package com.salesbot.core.push;

import com.salesbot.core.config.ScheduleSettings;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Decides which pushes are due at an instant; the bot calls {@link #tick(long)} every minute on one instance
 * (ShedLock). Catch-up is built in: after a restart at 08:21, today's slot has passed and today's batch is not in
 * the ledger, so it is computed and enqueued now; the outbox dedupe keys make a second computation harmless.
 * <ul>
 *   <li>Business days, from the digest time until quiet hours start: the R4 digest, R5 kits, R19 note reminders.
 *   A digest not sent by then is stale and is not generated.</li>
 *   <li>Monthly reports: on the first business day of the month, or on the push day if none comes before it;
 *   caught up on later business days up to the push day.</li>
 *   <li>Weekly pushes (the Monday source-accuracy check): on the week's first business day (Monday, or the next
 *   business day after a Monday holiday) from the digest time until quiet hours start, caught up on the week's later
 *   business days; once per week (ledger) and per recipient (dedupe key).</li>
 *   <li>R19 micro-lessons: every tick, as soon as a run completes; during quiet hours they wait in the outbox.</li>
 * </ul>
 */
public final class PushSchedule {
    private static final Logger LOG = Logger.getLogger(PushSchedule.class.getName());

    private final DailyDigest digest;
    private final CoachingPushes coaching;
    private final MonthlyPushes monthly;
    private final PushOutbox outbox;
    private final PushLedger ledger;
    private final BusinessCalendar calendar;
    private final ScheduleSettings schedule;
    private final QuietHours quiet;
    private final WeeklyPushes weekly;

    public PushSchedule(DailyDigest digest, CoachingPushes coaching, MonthlyPushes monthly, PushOutbox outbox,
                        PushLedger ledger, BusinessCalendar calendar, ScheduleSettings schedule) {
        this(digest, coaching, monthly, outbox, ledger, calendar, schedule, WeeklyPushes.NONE);
    }

    public PushSchedule(DailyDigest digest, CoachingPushes coaching, MonthlyPushes monthly, PushOutbox outbox,
                        PushLedger ledger, BusinessCalendar calendar, ScheduleSettings schedule,
                        WeeklyPushes weekly) {
        this.weekly = weekly;
        this.digest = digest;
        this.coaching = coaching;
        this.monthly = monthly;
        this.outbox = outbox;
        this.ledger = ledger;
        this.calendar = calendar;
        this.schedule = schedule;
        this.quiet = new QuietHours(schedule, calendar.zone());
    }

    /** Enqueues what is due at {@code now}; returns how many pushes were handed to the outbox. */
    public int tick(long now) {
        LocalDate today = calendar.dayOf(now);
        boolean slotPassed = now >= today.atTime(schedule.digestTime()).atZone(calendar.zone()).toInstant().toEpochMilli();
        int sent = 0;
        if (slotPassed && calendar.isBusinessDay(today) && !quiet.isQuiet(now)) {
            sent += batch("digest:" + today, () -> digest.pushes(today), now);
            sent += batch("kits:" + today, () -> coaching.talkTrackKits(today), now);
            sent += batch("reminders:" + today, () -> coaching.noteReminders(today), now);
            if (calendar.firstBusinessDayOfWeek(today).filter(first -> !today.isBefore(first)).isPresent()) {
                sent += batch("weekly:" + today.with(java.time.DayOfWeek.MONDAY), () -> weekly.pushes(today), now);
            }
        }
        YearMonth month = YearMonth.from(today);
        if (slotPassed && monthlyDue(today)) {
            sent += batch("monthly:" + month, () -> monthly.all(month, now), now);
        }
        List<Outgoing> lessons = coaching.microLessons(now);
        if (!lessons.isEmpty()) {
            outbox.enqueue(lessons, now);
            lessons.forEach(p -> ledger.markDone(p.dedupeKey()));
            sent += lessons.size();
        }
        return sent;
    }

    private int batch(String key, Supplier<List<Outgoing>> pushes, long now) {
        if (ledger.done(key)) {
            return 0;
        }
        List<Outgoing> due = pushes.get();
        int n = outbox.enqueue(due, now);
        ledger.markDone(key);
        LOG.fine(() -> "enqueued " + n + " pushes for " + key);
        return n;
    }

    /** The day the monthly reports go out: the first business day, but never after the configured push day. */
    public LocalDate monthlyDay(YearMonth month) {
        LocalDate deadline = month.atDay(Math.min(schedule.monthlyPushDay(), month.lengthOfMonth()));
        for (LocalDate d = month.atDay(1); !d.isAfter(deadline); d = d.plusDays(1)) {
            if (calendar.isBusinessDay(d)) {
                return d;
            }
        }
        return deadline;
    }

    boolean monthlyDue(LocalDate today) {
        LocalDate first = monthlyDay(YearMonth.from(today));
        if (today.equals(first)) {
            return true;
        }
        return today.isAfter(first) && today.getDayOfMonth() <= schedule.monthlyPushDay() && calendar.isBusinessDay(today);
    }
}
