package com.salesbot.core.bonus;

import com.salesbot.core.deal.Deal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R21 staged release (pure). For each deal, as of a day:
 * <ul>
 *   <li>base = amount x base rate; total = base x coefficient (one half-up rounding each); the total is split
 *       50/30/20 by the largest-remainder rule ({@link Fen});</li>
 *   <li>the coefficient is the rep's coefficient of the month the deal's first part was settled (normally the
 *       payment month; the month of a forfeit if that came first); while nothing is settled it is the current
 *       month's, shown as provisional. Once a part is settled its amount never changes;</li>
 *   <li>payment part: released the day the first payment arrives;</li>
 *   <li>no-complaint part: forfeited by a major complaint of the customer opened in the 6 months from signing;
 *       otherwise released when the 6 months are over (and the payment has arrived);</li>
 *   <li>renewal part: released when a renewal of the deal is signed by the 12-month anniversary plus the grace
 *       days (not before the anniversary, and once paid); forfeited when that deadline passes without one;</li>
 *   <li>mentor (传承贡献奖): the mentee's deals in signing order; the first gives the mentor 15% of each part, the
 *       next three 5%, later ones nothing; only deals signed from the mentorship's start count. A mentor line has
 *       its part's state.</li>
 * </ul>
 */
public final class BonusEngine {
    private final IncentiveSettings settings;
    private final List<BigDecimal> shares;

    public BonusEngine(IncentiveSettings settings) {
        this.settings = settings;
        this.shares = List.of(settings.paymentShare(), settings.noComplaintShare(), settings.renewalShare());
    }

    public IncentiveSettings settings() {
        return settings;
    }

    /**
     * @param deals       every deal that matters (the reps' deals, the mentees' deals and the renewals)
     * @param complaints  major-complaint days by customer id
     * @param mentorships by mentee id
     */
    public List<DealBonus> compute(Collection<Deal> deals, Map<String, List<LocalDate>> complaints,
                                   Map<String, Mentorship> mentorships, CoefficientSource coefficients,
                                   LocalDate asOf) {
        Map<String, LocalDate> renewals = new HashMap<>();
        for (Deal d : deals) {
            if (d.renewalOf() != null && !d.signedOn().isAfter(asOf)) {
                renewals.merge(d.renewalOf(), d.signedOn(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        Map<String, List<Deal>> byRep = new HashMap<>();
        deals.stream().filter(d -> !d.signedOn().isAfter(asOf))
                .sorted(Comparator.comparing(Deal::signedOn).thenComparing(Deal::id))
                .forEach(d -> byRep.computeIfAbsent(d.repId(), k -> new ArrayList<>()).add(d));
        List<DealBonus> out = new ArrayList<>();
        for (List<Deal> repDeals : byRep.values()) {
            for (int i = 0; i < repDeals.size(); i++) {
                Deal deal = repDeals.get(i);
                out.add(one(deal, i, complaints.getOrDefault(deal.customerId(), List.of()),
                        renewals.get(deal.id()), mentorships.get(deal.repId()), coefficients, asOf));
            }
        }
        out.sort(Comparator.comparing((DealBonus b) -> b.deal().signedOn()).thenComparing(b -> b.deal().id()));
        return out;
    }

    DealBonus one(Deal deal, int ordinal, List<LocalDate> complaintDays, LocalDate renewedOn, Mentorship mentor,
                  CoefficientSource coefficients, LocalDate asOf) {
        long base = Fen.times(deal.amountFen(), settings.baseBonusRate());
        List<PartLine> states = List.of(payment(deal, 0, asOf), noComplaint(deal, 0, complaintDays, asOf),
                renewal(deal, 0, renewedOn, asOf));
        Optional<LocalDate> firstSettled = states.stream().filter(p -> p.state().settled()).map(PartLine::settledOn)
                .min(Comparator.naturalOrder());
        YearMonth month = YearMonth.from(firstSettled.orElse(asOf));
        BigDecimal coefficient = coefficients.of(deal.repId(), month).value();
        long total = Fen.times(base, coefficient);
        long[] amounts = Fen.split(total, shares);
        List<PartLine> parts = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            PartLine p = states.get(i);
            parts.add(new PartLine(p.dealId(), p.part(), p.beneficiaryId(), false, amounts[i], p.state(),
                    p.settledOn(), p.reason()));
        }
        boolean locked = firstSettled.isPresent();
        List<PartLine> mentorLines = new ArrayList<>();
        mentorShare(deal, ordinal, mentor).ifPresent(share -> {
            for (PartLine p : parts) {
                mentorLines.add(new PartLine(deal.id(), p.part(), mentor.mentorId(), true,
                        Fen.times(p.amountFen(), share), p.state(), p.settledOn(),
                        "传承贡献奖" + pct(share) + "：" + p.reason()));
            }
        });
        return new DealBonus(deal, base, coefficient, month, locked, total, parts, mentorLines);
    }

    private Optional<BigDecimal> mentorShare(Deal deal, int ordinal, Mentorship mentor) {
        if (mentor == null || deal.signedOn().isBefore(mentor.since())) {
            return Optional.empty();
        }
        if (ordinal == 0) {
            return Optional.of(settings.mentorFirstShare());
        }
        return ordinal <= settings.mentorNextDeals() ? Optional.of(settings.mentorNextShare()) : Optional.empty();
    }

    private static PartLine payment(Deal deal, long amount, LocalDate asOf) {
        if (deal.paidBy(asOf)) {
            return line(deal, BonusPart.PAYMENT, amount, PartState.RELEASED, deal.firstPaymentOn(),
                    "首付款" + deal.firstPaymentOn() + "到账");
        }
        return line(deal, BonusPart.PAYMENT, amount, PartState.AWAITING_PAYMENT, null, "首付款尚未到账");
    }

    private PartLine noComplaint(Deal deal, long amount, List<LocalDate> complaintDays, LocalDate asOf) {
        LocalDate end = deal.signedOn().plusMonths(settings.noComplaintMonths());
        Optional<LocalDate> complaint = complaintDays.stream()
                .filter(day -> !day.isBefore(deal.signedOn()) && day.isBefore(end) && !day.isAfter(asOf))
                .min(Comparator.naturalOrder());
        if (complaint.isPresent()) {
            return line(deal, BonusPart.NO_COMPLAINT, amount, PartState.FORFEITED, complaint.get(),
                    "客户" + complaint.get() + "发生重大投诉，签约后" + settings.noComplaintMonths() + "个月内");
        }
        if (asOf.isBefore(end)) {
            return line(deal, BonusPart.NO_COMPLAINT, amount, PartState.AWAITING_SIX_MONTHS, null,
                    end + "满" + settings.noComplaintMonths() + "个月");
        }
        if (!deal.paidBy(asOf)) {
            return line(deal, BonusPart.NO_COMPLAINT, amount, PartState.AWAITING_PAYMENT, null,
                    "已满" + settings.noComplaintMonths() + "个月无重大投诉，待首付款到账");
        }
        LocalDate on = later(end, deal.firstPaymentOn());
        return line(deal, BonusPart.NO_COMPLAINT, amount, PartState.RELEASED, on,
                "签约后" + settings.noComplaintMonths() + "个月无重大投诉");
    }

    private PartLine renewal(Deal deal, long amount, LocalDate renewedOn, LocalDate asOf) {
        LocalDate anniversary = deal.signedOn().plusMonths(settings.renewalMonths());
        LocalDate deadline = anniversary.plusDays(settings.renewalGraceDays());
        if (renewedOn != null && !renewedOn.isAfter(deadline)) {
            LocalDate on = later(later(renewedOn, anniversary), deal.firstPaymentOn());
            if (deal.paidBy(asOf) && !on.isAfter(asOf)) {
                return line(deal, BonusPart.RENEWAL, amount, PartState.RELEASED, on, "客户" + renewedOn + "已续约");
            }
            return line(deal, BonusPart.RENEWAL, amount, deal.paidBy(asOf) ? PartState.AWAITING_RENEWAL
                    : PartState.AWAITING_PAYMENT, null, "已续约，" + anniversary + "满" + settings.renewalMonths()
                    + "个月后发放");
        }
        if (asOf.isAfter(deadline)) {
            return line(deal, BonusPart.RENEWAL, amount, PartState.FORFEITED, deadline.plusDays(1),
                    "签约满" + settings.renewalMonths() + "个月（含" + settings.renewalGraceDays() + "天宽限）未续约");
        }
        return line(deal, BonusPart.RENEWAL, amount, PartState.AWAITING_RENEWAL, null,
                anniversary + "到期续约");
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b == null || a.isAfter(b) ? a : b;
    }

    private static PartLine line(Deal deal, BonusPart part, long amount, PartState state, LocalDate on,
                                 String reason) {
        return new PartLine(deal.id(), part, deal.repId(), false, amount, state, on, reason);
    }

    private static String pct(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
