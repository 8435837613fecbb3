package com.salesbot.core.demo;

import com.salesbot.core.deal.*;
import com.salesbot.core.rules.activity.SalesMembers;
import com.salesbot.core.bonus.CsSession;
import com.salesbot.core.bonus.IncentiveStore;
import com.salesbot.core.bonus.KbAdoption;
import com.salesbot.core.bonus.Mentorship;
import com.salesbot.core.bonus.NpsScore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.ServiceTicket;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.ServiceTicketStore;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * R11/R21 additions to the demo company (loaded right after it, into an empty deal table): per team a healthy paid
 * deal, a deal with unmet indicators but no risk, and one risky deal in the manager's 待复核 queue; a renewed deal;
 * a 30% part forfeited after a major complaint; the mentor pair demo-r11 → demo-r17; tickets, NPS, KB adoption and
 * CS sessions for every rep so each coefficient input is non-trivial; demo-r12 under 6 CS points (capped at 0.9).
 */
public final class DealDemo {
    private static final Map<DecisionRole, String> FULL = Map.of(DecisionRole.SIGNER, "三方会议纪要（签字人+IT+财务）",
            DecisionRole.IT_OWNER, "三方会议纪要（签字人+IT+财务）", DecisionRole.FINANCE, "财务审批邮件");
    private final OrgStore org;
    private final CustomerStore customers;
    private final DealStore deals;
    private final DealDesk desk;
    private final ServiceTicketStore tickets;
    private final IncentiveStore incentives;
    private final ZoneId zone;

    public DealDemo(OrgStore org, CustomerStore customers, DealStore deals, DealDesk desk,
                    ServiceTicketStore tickets, IncentiveStore incentives, ZoneId zone) {
        this.org = org;
        this.customers = customers;
        this.deals = deals;
        this.desk = desk;
        this.tickets = tickets;
        this.incentives = incentives;
        this.zone = zone;
    }

    /** @return true when the additions were written now */
    public boolean loadIfEmpty(LocalDate today) {
        if (!deals.all().isEmpty() || org.findRep("demo-r11").isEmpty()) {
            return false;
        }
        YearMonth month = YearMonth.from(today);
        for (int t = 1; t <= 3; t++) {
            String healthyRep = "demo-r" + t + "1";
            String otherRep = "demo-r" + t + "2";
            String riskyRep = "demo-r" + t + "3";
            Customer a = first(healthyRep);
            Customer b = first(otherRep);
            Customer c = first(riskyRep);
            if (a == null || b == null || c == null) {
                continue;
            }
            LocalDate old = today.minusMonths(8).withDayOfMonth(5);
            record(new Deal("demo-d" + t + "1", a.id(), healthyRep, null, 120_000_000L, old, "MES",
                    "《报表模块定制开发说明书》", true, old.plusDays(14), true, FULL, 36_000_000L, old.plusDays(10),
                    "回单 HD-" + t + "01", false, null, 0));
            LocalDate mid = today.minusMonths(2).withDayOfMonth(10);
            record(new Deal("demo-d" + t + "2", b.id(), otherRep, null, 45_000_000L, mid, "CRM",
                    "《接口定制说明》", false, null, false, Map.of(DecisionRole.SIGNER, "签约拜访纪要",
                    DecisionRole.USER_DEPARTMENT, ""), 13_000_000L, mid.plusDays(3), "回单 HD-" + t + "02", false,
                    null, 0));
            LocalDate recent = today.minusDays(Math.min(10, today.getDayOfMonth() - 1));
            record(new Deal("demo-d" + t + "3", c.id(), riskyRep, null, 60_000_000L, recent, "ERP", null, false,
                    null, false, Map.of(DecisionRole.PURCHASING, "采购拜访记录"), 0, null, null, true, null, 0));
            // a renewal signed at the 12-month anniversary of a deal from 13 months ago
            LocalDate year = today.minusMonths(13).withDayOfMonth(3);
            record(new Deal("demo-d" + t + "4", a.id(), healthyRep, null, 80_000_000L, year, "MES", "《运维定制》",
                    true, year.plusDays(7), true, FULL, 24_000_000L, year.plusDays(5), "回单 HD-" + t + "04",
                    false, null, 0));
            record(new Deal("demo-d" + t + "5", a.id(), healthyRep, null, 85_000_000L, year.plusMonths(12), "MES",
                    "《运维定制》", true, year.plusMonths(12).plusDays(7), true, FULL, 25_500_000L,
                    year.plusMonths(12).plusDays(4), "回单 HD-" + t + "05", false, "demo-d" + t + "4", 0));
            // a major complaint 2 months after signing forfeits the 30% part
            LocalDate seven = today.minusMonths(7).withDayOfMonth(8);
            record(new Deal("demo-d" + t + "6", b.id(), otherRep, null, 50_000_000L, seven, "CRM", "《定制》",
                    true, seven.plusDays(7), true, FULL, 15_000_000L, seven.plusDays(6), "回单 HD-" + t + "06",
                    false, null, 0));
            tickets.saveAll(List.of(new ServiceTicket("demo-tk" + t + "0", b.id(), otherRep,
                    millis(seven.plusMonths(2)), millis(seven.plusMonths(2)) + 3 * 3_600_000L, 0, true,
                    "系统上线延期，客户重大投诉")));
        }
        Customer mentee = first("demo-r17");
        if (mentee != null) {
            incentives.saveMentorship(new Mentorship("demo-r17", "demo-r11", today.minusMonths(10), "demo-m1", 0));
            LocalDate d = today.minusMonths(3).withDayOfMonth(12);
            record(new Deal("demo-d17", mentee.id(), "demo-r17", null, 30_000_000L, d, "CRM", "《定制》", true,
                    d.plusDays(7), true, FULL, 9_000_000L, d.plusDays(2), "回单 HD-17", false, null, 0));
        }
        int n = 0;
        for (Rep rep : org.reps()) {
            if (!SalesMembers.counts(rep) || !rep.id().startsWith("demo-")) {
                continue;
            }
            n++;
            Customer own = first(rep.id());
            for (YearMonth m : List.of(month.minusMonths(1), month)) {
                incentives.saveKbAdoption(new KbAdoption(rep.id(), m, 10, 3 + (n * 3 + m.getMonthValue()) % 8));
                if (own != null) {
                    incentives.saveNps(new NpsScore(own.id(), m, 20 + (n * 7 + m.getMonthValue() * 5) % 50));
                    tickets.saveAll(List.of(new ServiceTicket("demo-tk-" + rep.id() + "-" + m, own.id(), rep.id(),
                            millis(m.atDay(2)), millis(m.atDay(2)) + (30L + 25 * (n % 7)) * 60_000, 0, false,
                            "使用咨询")));
                }
                // demo-r12 logs only 1 hour a month: under 6 points, its coefficient is capped at 0.9
                int minutes = rep.id().equals("demo-r12") ? 60 : 12 * 60 + 30 * (n % 5);
                incentives.saveSession(new CsSession("demo-cs-" + rep.id() + "-" + m, rep.id(),
                        own == null ? null : own.id(), m.atDay(3), minutes, "价值回顾会议"));
            }
        }
        return true;
    }

    private void record(Deal deal) {
        desk.record(deal, "system", "system");
    }

    private Customer first(String repId) {
        return customers.ofOwner(repId).stream().findFirst().orElse(null);
    }

    private long millis(LocalDate day) {
        return day.atTime(10, 0).atZone(zone).toInstant().toEpochMilli();
    }
}
