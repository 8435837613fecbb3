package com.salesbot.core.bonus;

import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.ServiceTicket;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.ServiceTicketStore;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * R21 over the stored data: each rep's monthly coefficient from the imported inputs, every deal's bonus as of a
 * day, a rep's statement, and the monthly settlement into the ledger. A ticket belongs to the rep named on it, else
 * to the customer's owner; NPS and KB adoption to the customer's owner and the named rep.
 */
public final class BonusBook {
    private final DealStore deals;
    private final IncentiveStore inputs;
    private final ServiceTicketStore tickets;
    private final CustomerStore customers;
    private final BonusLedgerStore ledger;
    private final BonusEngine engine;
    private final CoefficientCalculator calculator;
    private final ZoneId zone;

    public BonusBook(DealStore deals, IncentiveStore inputs, ServiceTicketStore tickets, CustomerStore customers,
                     BonusLedgerStore ledger, IncentiveSettings settings, ZoneId zone) {
        this.deals = deals;
        this.inputs = inputs;
        this.tickets = tickets;
        this.customers = customers;
        this.ledger = ledger;
        this.engine = new BonusEngine(settings);
        this.calculator = new CoefficientCalculator(settings);
        this.zone = zone;
    }

    public IncentiveSettings settings() {
        return engine.settings();
    }

    /** Coefficients of every rep for one month, read in one pass over the month's inputs. */
    public Map<String, CoefficientInputs> monthInputs(YearMonth month, Map<String, String> ownerByCustomer) {
        long from = month.atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        long to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().toEpochMilli();
        Map<String, long[]> ticketSums = new HashMap<>(); // answered, minutes, unanswered
        for (ServiceTicket t : tickets.openedBetween(ownerByCustomer.keySet(), from, to)) {
            String rep = t.repId() != null ? t.repId() : ownerByCustomer.get(t.customerId());
            if (rep == null) {
                continue;
            }
            long[] s = ticketSums.computeIfAbsent(rep, k -> new long[3]);
            if (t.responseMinutes() < 0) {
                s[2]++;
            } else {
                s[0]++;
                s[1] += t.responseMinutes();
            }
        }
        Map<String, int[]> kb = new HashMap<>();
        for (KbAdoption a : inputs.kbAdoption(month, month)) {
            kb.put(a.repId(), new int[] {a.suggested(), a.adopted()});
        }
        Map<String, Map<YearMonth, double[]>> nps = new HashMap<>(); // sum, count
        for (NpsScore s : inputs.nps(month.minusMonths(1), month)) {
            String rep = ownerByCustomer.get(s.customerId());
            if (rep != null) {
                double[] acc = nps.computeIfAbsent(rep, k -> new HashMap<>())
                        .computeIfAbsent(s.month(), k -> new double[2]);
                acc[0] += s.nps();
                acc[1]++;
            }
        }
        Map<String, Long> cs = new HashMap<>();
        for (CsSession s : inputs.sessions(month.atDay(1), month.plusMonths(1).atDay(1))) {
            cs.merge(s.repId(), (long) s.minutes(), Long::sum);
        }
        Set<String> reps = new HashSet<>(ticketSums.keySet());
        reps.addAll(kb.keySet());
        reps.addAll(nps.keySet());
        reps.addAll(cs.keySet());
        Map<String, CoefficientInputs> out = new HashMap<>();
        for (String rep : reps) {
            long[] t = ticketSums.getOrDefault(rep, new long[3]);
            int[] k = kb.getOrDefault(rep, new int[2]);
            Map<YearMonth, double[]> n = nps.getOrDefault(rep, Map.of());
            out.put(rep, new CoefficientInputs((int) t[0], t[1], (int) t[2], k[0], k[1], mean(n.get(month)),
                    mean(n.get(month.minusMonths(1))), cs.getOrDefault(rep, 0L)));
        }
        return out;
    }

    private static OptionalDouble mean(double[] acc) {
        return acc == null || acc[1] == 0 ? OptionalDouble.empty() : OptionalDouble.of(acc[0] / acc[1]);
    }

    /** A memoising coefficient source over the stored inputs (one read per month). */
    public CoefficientSource coefficients() {
        Map<String, String> owners = owners();
        Map<YearMonth, Map<String, CoefficientInputs>> months = new HashMap<>();
        Map<String, Coefficient> memo = new HashMap<>();
        return (rep, month) -> memo.computeIfAbsent(rep + "|" + month, k -> calculator.compute(
                months.computeIfAbsent(month, m -> monthInputs(m, owners)).getOrDefault(rep, CoefficientInputs.NONE)));
    }

    public Coefficient coefficient(String repId, YearMonth month) {
        return coefficients().of(repId, month);
    }

    private Map<String, String> owners() {
        Map<String, String> owners = new HashMap<>();
        for (Customer c : customers.all()) {
            if (c.ownerRepId() != null) {
                owners.put(c.id(), c.ownerRepId());
            }
        }
        return owners;
    }

    /** Every deal's bonus as of {@code asOf}. */
    public List<DealBonus> all(LocalDate asOf) {
        return compute(deals.all(), asOf, coefficients());
    }

    List<DealBonus> compute(List<Deal> all, LocalDate asOf, CoefficientSource source) {
        Map<String, List<LocalDate>> complaints = new HashMap<>();
        if (!all.isEmpty()) {
            LocalDate first = all.stream().map(Deal::signedOn).min(LocalDate::compareTo).orElseThrow();
            Set<String> customerIds = all.stream().map(Deal::customerId).collect(Collectors.toSet());
            long from = first.atStartOfDay(zone).toInstant().toEpochMilli();
            long to = asOf.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
            for (ServiceTicket t : tickets.openedBetween(customerIds, from, to)) {
                if (t.major()) {
                    complaints.computeIfAbsent(t.customerId(), k -> new ArrayList<>())
                            .add(Instant.ofEpochMilli(t.openedAt()).atZone(zone).toLocalDate());
                }
            }
        }
        Map<String, Mentorship> mentors = inputs.mentorships().stream()
                .collect(Collectors.toMap(Mentorship::menteeId, Function.identity()));
        return engine.compute(all, complaints, mentors, source, asOf);
    }

    /**
     * A rep's statement for a month: their deals' bonuses as of the month's end (or today, within the current
     * month), the mentor lines they earn, and the month's coefficient.
     */
    public Statement statement(String repId, YearMonth month, LocalDate today) {
        return statements(List.of(repId), month, today).get(repId);
    }

    /** Statements of several reps from one computation over all deals. */
    public Map<String, Statement> statements(Collection<String> repIds, YearMonth month, LocalDate today) {
        LocalDate asOf = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
        CoefficientSource source = coefficients();
        List<DealBonus> bonuses = all(asOf, source);
        Map<String, List<DealBonus>> own = new HashMap<>();
        Map<String, List<PartLine>> mentor = new HashMap<>();
        for (DealBonus b : bonuses) {
            own.computeIfAbsent(b.deal().repId(), k -> new ArrayList<>()).add(b);
            for (PartLine l : b.mentorLines()) {
                mentor.computeIfAbsent(l.beneficiaryId(), k -> new ArrayList<>()).add(l);
            }
        }
        Map<String, Statement> out = new HashMap<>();
        for (String repId : repIds) {
            List<DealBonus> mine = own.getOrDefault(repId, List.of());
            List<PartLine> shares = mentor.getOrDefault(repId, List.of());
            long released = inMonth(shares, month);
            for (DealBonus b : mine) {
                released += inMonth(b.parts(), month);
            }
            out.put(repId, new Statement(repId, month, source.of(repId, month), mine, shares, released));
        }
        return out;
    }

    private List<DealBonus> all(LocalDate asOf, CoefficientSource source) {
        return compute(deals.all(), asOf, source);
    }

    private static long inMonth(List<PartLine> lines, YearMonth month) {
        return lines.stream().filter(l -> l.state() == PartState.RELEASED && YearMonth.from(l.settledOn()).equals(month))
                .mapToLong(PartLine::amountFen).sum();
    }

    /** One rep's month. */
    public record Statement(String repId, YearMonth month, Coefficient coefficient, List<DealBonus> deals,
                            List<PartLine> mentorLines, long releasedThisMonthFen) {
    }

    /**
     * The monthly run: every part (and mentor line) settled by the month's end that is not in the ledger yet is
     * written with this month as its payout month. Safe to repeat and to run on two instances at once.
     *
     * @return entries written by this run
     */
    public int settle(YearMonth month, long now) {
        return ledger.record(entries(all(month.atEndOfMonth()), month, now));
    }

    static List<LedgerEntry> entries(Collection<DealBonus> bonuses, YearMonth month, long now) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (DealBonus b : bonuses) {
            List<PartLine> lines = new ArrayList<>(b.parts());
            lines.addAll(b.mentorLines());
            for (PartLine l : lines) {
                if (l.state().settled() && !YearMonth.from(l.settledOn()).isAfter(month)) {
                    entries.add(new LedgerEntry(l.dealId(), l.part(), l.beneficiaryId(), l.mentorShare(),
                            l.amountFen(), l.state(), l.settledOn(), month, l.reason(), now));
                }
            }
        }
        return entries;
    }

    public List<LedgerEntry> ledger(YearMonth month) {
        return ledger.month(month);
    }
}
