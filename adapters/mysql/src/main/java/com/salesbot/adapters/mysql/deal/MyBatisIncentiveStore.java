package com.salesbot.adapters.mysql.deal;

import com.salesbot.adapters.mysql.deal.DealRows.KbRow;
import com.salesbot.adapters.mysql.deal.DealRows.LedgerRow;
import com.salesbot.adapters.mysql.deal.DealRows.MentorRow;
import com.salesbot.adapters.mysql.deal.DealRows.NpsRow;
import com.salesbot.adapters.mysql.deal.DealRows.SessionRow;
import com.salesbot.adapters.mysql.deal.DealRows.TicketRow;
import com.salesbot.adapters.mysql.store.DuplicateKeys;
import com.salesbot.core.bonus.BonusLedgerStore;
import com.salesbot.core.bonus.BonusPart;
import com.salesbot.core.bonus.CsSession;
import com.salesbot.core.bonus.IncentiveStore;
import com.salesbot.core.bonus.KbAdoption;
import com.salesbot.core.bonus.LedgerEntry;
import com.salesbot.core.bonus.Mentorship;
import com.salesbot.core.bonus.NpsScore;
import com.salesbot.core.bonus.PartState;
import com.salesbot.core.model.ServiceTicket;
import com.salesbot.core.port.ServiceTicketStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Service tickets, CS sessions, NPS, KB adoption, mentorships and the bonus ledger in MySQL/MariaDB/H2. */
@Singleton
public class MyBatisIncentiveStore implements IncentiveStore, BonusLedgerStore, ServiceTicketStore {
    private final DealMapper mapper;

    public MyBatisIncentiveStore(DealMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void saveAll(Collection<ServiceTicket> tickets) {
        for (ServiceTicket t : tickets) {
            TicketRow row = new TicketRow();
            row.id = t.id();
            row.customerId = t.customerId();
            row.repId = t.repId();
            row.openedAt = t.openedAt();
            row.firstResponseAt = t.firstResponseAt();
            row.closedAt = t.closedAt();
            row.major = t.major();
            row.summary = t.summary();
            mapper.upsertTicket(row);
        }
    }

    @Override
    @ReadOnly
    public List<ServiceTicket> openedBetween(Collection<String> customerIds, long fromMs, long toMs) {
        List<TicketRow> rows = new ArrayList<>();
        if (customerIds == null) {
            rows.addAll(mapper.tickets(null, fromMs, toMs));
        } else {
            for (List<String> chunk : MyBatisDealStore.chunks(customerIds)) {
                rows.addAll(mapper.tickets(chunk, fromMs, toMs));
            }
            rows.sort(Comparator.comparingLong((TicketRow r) -> r.openedAt).thenComparing(r -> r.id));
        }
        return rows.stream().map(r -> new ServiceTicket(r.id, r.customerId, r.repId, r.openedAt, r.firstResponseAt,
                r.closedAt, r.major, r.summary)).toList();
    }

    @Override
    @Transactional
    public void saveSession(CsSession s) {
        SessionRow row = new SessionRow();
        row.id = s.id();
        row.repId = s.repId();
        row.customerId = s.customerId();
        row.heldOn = s.heldOn();
        row.minutes = s.minutes();
        row.topic = s.topic();
        mapper.upsertSession(row);
    }

    @Override
    @ReadOnly
    public List<CsSession> sessions(LocalDate from, LocalDate to) {
        return mapper.sessions(from, to).stream()
                .map(r -> new CsSession(r.id, r.repId, r.customerId, r.heldOn, r.minutes, r.topic)).toList();
    }

    @Override
    @Transactional
    public void saveNps(NpsScore score) {
        NpsRow row = new NpsRow();
        row.customerId = score.customerId();
        row.surveyMonth = score.month().toString();
        row.nps = score.nps();
        mapper.upsertNps(row);
    }

    @Override
    @ReadOnly
    public List<NpsScore> nps(YearMonth from, YearMonth to) {
        return mapper.nps(from.toString(), to.toString()).stream()
                .map(r -> new NpsScore(r.customerId, YearMonth.parse(r.surveyMonth), r.nps)).toList();
    }

    @Override
    @Transactional
    public void saveKbAdoption(KbAdoption adoption) {
        KbRow row = new KbRow();
        row.repId = adoption.repId();
        row.adoptionMonth = adoption.month().toString();
        row.suggested = adoption.suggested();
        row.adopted = adoption.adopted();
        mapper.upsertKb(row);
    }

    @Override
    @ReadOnly
    public List<KbAdoption> kbAdoption(YearMonth from, YearMonth to) {
        return mapper.kb(from.toString(), to.toString()).stream()
                .map(r -> new KbAdoption(r.repId, YearMonth.parse(r.adoptionMonth), r.suggested, r.adopted)).toList();
    }

    @Override
    @Transactional
    public void saveMentorship(Mentorship m) {
        MentorRow row = new MentorRow();
        row.menteeId = m.menteeId();
        row.mentorId = m.mentorId();
        row.since = m.since();
        row.setBy = m.setBy();
        row.createdAt = m.createdAt();
        mapper.upsertMentorship(row);
    }

    @Override
    @ReadOnly
    public List<Mentorship> mentorships() {
        return mapper.mentorships().stream()
                .map(r -> new Mentorship(r.menteeId, r.mentorId, r.since, r.setBy, r.createdAt)).toList();
    }

    /**
     * Inserts in key order (two concurrent runs lock rows in the same order, so they cannot deadlock); a key that
     * is already there, or that another run inserts first, is skipped.
     */
    @Override
    @Transactional
    public int record(Collection<LedgerEntry> entries) {
        List<LedgerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(LedgerEntry::dealId).thenComparing(LedgerEntry::part)
                .thenComparing(LedgerEntry::beneficiaryId));
        int written = 0;
        for (LedgerEntry e : sorted) {
            LedgerRow row = row(e);
            if (mapper.ledgerKeyCount(row) > 0) {
                continue;
            }
            try {
                mapper.insertLedger(row);
                written++;
            } catch (RuntimeException failure) {
                if (!DuplicateKeys.isDuplicate(failure)) {
                    throw failure;
                }
            }
        }
        return written;
    }

    @Override
    @ReadOnly
    public List<LedgerEntry> month(YearMonth payoutMonth) {
        return mapper.ledgerMonth(payoutMonth.toString()).stream().map(MyBatisIncentiveStore::entry).toList();
    }

    @Override
    @ReadOnly
    public List<LedgerEntry> of(Collection<String> beneficiaryIds) {
        List<LedgerEntry> out = new ArrayList<>();
        for (List<String> chunk : MyBatisDealStore.chunks(beneficiaryIds)) {
            mapper.ledgerOf(chunk).forEach(r -> out.add(entry(r)));
        }
        return out;
    }

    private static LedgerRow row(LedgerEntry e) {
        LedgerRow row = new LedgerRow();
        row.dealId = e.dealId();
        row.part = e.part().name();
        row.beneficiaryId = e.beneficiaryId();
        row.mentorShare = e.mentorShare();
        row.amountFen = e.amountFen();
        row.state = e.state().name();
        row.settledOn = e.settledOn();
        row.payoutMonth = e.payoutMonth().toString();
        row.reason = e.reason().length() > 300 ? e.reason().substring(0, 300) : e.reason();
        row.recordedAt = e.recordedAt();
        return row;
    }

    private static LedgerEntry entry(LedgerRow r) {
        return new LedgerEntry(r.dealId, BonusPart.valueOf(r.part), r.beneficiaryId, r.mentorShare, r.amountFen,
                PartState.valueOf(r.state), r.settledOn, YearMonth.parse(r.payoutMonth), r.reason, r.recordedAt);
    }
}
