package com.salesbot.core.capture;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.model.Absence;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.rules.calendar.BusinessCalendar;
import com.salesbot.core.scope.DataScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Absences (请假): recorded by the rep in chat, by their manager, by a director or by the import API; taken back with
 * 撤销. A rep records only their own, a manager their team's (data scope); every change is audited in the same
 * transaction. R5 leaves an absent rep out of the team mean and sends no kit (LowActivityDetector); the digest
 * names who is away.
 */
public final class Absences {
    public static final String SUBJECT = "absence";
    public static final String CREATE = "absence.create";
    public static final String CANCEL = "absence.cancel";

    private final OrgStore org;
    private final AbsenceBook book;
    private final AuditLog audit;
    private final BusinessCalendar calendar;
    private final Transactions transactions;

    public Absences(OrgStore org, AbsenceBook book, AuditLog audit, BusinessCalendar calendar,
                    Transactions transactions) {
        this.org = org;
        this.book = book;
        this.audit = audit;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    /** The stored absence and its number of business days, or why nothing was stored. */
    public record Outcome(Absence absence, int businessDays, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** The audit subject id of an absence: rep and first day. */
    public static String subjectId(String repId, LocalDate from) {
        return repId + ":" + from;
    }

    /** Records an absence for {@code repId} on behalf of {@code actor} (in scope) from a chat channel. */
    public Outcome register(Rep actor, String repId, LocalDate from, LocalDate to, String channel, long now) {
        Optional<Rep> subject = org.findRep(repId);
        if (subject.isEmpty()) {
            return new Outcome(null, 0, "找不到这位同事。");
        }
        if (!DataScope.of(actor).canSee(subject.get())) {
            return new Outcome(null, 0, "只能为自己登记请假（经理可为本组成员登记）。");
        }
        Absence absence = new Absence(repId, from, to);
        transactions.inTransaction(() -> {
            save(absence, actor.id(), channel, now);
            return null;
        });
        return new Outcome(absence, calendar.countBusinessDays(from, to), null);
    }

    /** Stores (upsert on rep and first day) and audits; the caller holds the transaction. */
    public void save(Absence absence, String actorId, String channel, long now) {
        String before = book.find(absence.repId(), absence.from()).map(Absences::describe).orElse(null);
        org.saveAbsence(absence);
        audit.record(new AuditEntry(actorId, CREATE, SUBJECT, subjectId(absence.repId(), absence.from()), before,
                describe(absence), channel, now));
    }

    /** Takes an absence back (撤销). False when it is not there (already taken back) or not in the actor's scope. */
    public boolean cancel(Rep actor, String repId, LocalDate from, String channel, long now) {
        Optional<Rep> subject = org.findRep(repId);
        if (subject.isEmpty() || !DataScope.of(actor).canSee(subject.get())) {
            return false;
        }
        return transactions.inTransaction(() -> {
            Optional<Absence> existing = book.find(repId, from);
            if (existing.isEmpty() || !book.remove(repId, from)) {
                return false;
            }
            audit.record(new AuditEntry(actor.id(), CANCEL, SUBJECT, subjectId(repId, from),
                    describe(existing.get()), null, channel, now));
            return true;
        });
    }

    /** Who of the given people is away on {@code day}. */
    public List<Rep> awayOn(List<Rep> people, LocalDate day) {
        List<Absence> all = org.absences(day, day);
        return people.stream().filter(p -> all.stream().anyMatch(a -> a.repId().equals(p.id()) && a.covers(day)))
                .toList();
    }

    static String describe(Absence a) {
        return a.from() + ".." + a.to();
    }
}
