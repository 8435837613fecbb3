package com.salesbot.core.importing;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.bonus.CsSession;
import com.salesbot.core.bonus.IncentiveStore;
import com.salesbot.core.bonus.KbAdoption;
import com.salesbot.core.bonus.Mentorship;
import com.salesbot.core.bonus.NpsScore;
import com.salesbot.core.deal.Deal;
import com.salesbot.core.deal.DealDesk;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.deal.DecisionRole;
import com.salesbot.core.model.ServiceTicket;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.ServiceTicketStore;
import com.salesbot.core.port.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * R11/R21 imports, all-or-nothing like the others: deals, service-tickets, nps, kb-adoption, cs-sessions,
 * mentorships. Column lists are in docs/api.md.
 */
public final class DealImports {
    public static final List<String> KINDS =
            List.of("deals", "service-tickets", "nps", "kb-adoption", "cs-sessions", "mentorships");

    private final OrgStore org;
    private final CustomerStore customers;
    private final DealStore deals;
    private final DealDesk desk;
    private final ServiceTicketStore tickets;
    private final IncentiveStore incentives;
    private final AuditLog audit;
    private final BatchImporter batches;
    private final Clock clock;

    public DealImports(OrgStore org, CustomerStore customers, DealStore deals, DealDesk desk,
                       ServiceTicketStore tickets, IncentiveStore incentives, AuditLog audit,
                       Transactions transactions, Clock clock) {
        this.org = org;
        this.customers = customers;
        this.deals = deals;
        this.desk = desk;
        this.tickets = tickets;
        this.incentives = incentives;
        this.audit = audit;
        this.batches = new BatchImporter(transactions, clock.getZone());
        this.clock = clock;
    }

    /** @return empty when the kind is not one of {@link #KINDS} */
    public Optional<ImportReport> run(String kind, List<Map<String, String>> rows) {
        return Optional.ofNullable(switch (kind) {
            case "deals" -> deals(rows);
            case "service-tickets" -> serviceTickets(rows);
            case "nps" -> nps(rows);
            case "kb-adoption" -> kbAdoption(rows);
            case "cs-sessions" -> csSessions(rows);
            case "mentorships" -> mentorships(rows);
            default -> null;
        });
    }

    /**
     * Columns: id, customerId, repId, opportunityId?, amountFen, signedOn, productLine?, annexName?,
     * annexSignedByBoth?, implementationWeek?, csmBeforeSigning?, roles? ("signer=会议纪要;it_owner=;finance=邮件",
     * a role with nothing after = was reached without evidence), firstPaymentFen?, firstPaymentOn?,
     * firstPaymentReceipt?, payAfterTrial?, renewalOf?.
     */
    public ImportReport deals(List<Map<String, String>> rows) {
        Set<String> batchIds = new HashSet<>();
        long now = clock.millis();
        return batches.run("deals", rows, f -> {
            String id = f.required("id", 64);
            String customer = f.required("customerId");
            if (customer != null && customers.find(customer).isEmpty()) {
                f.error("customerId", "客户不存在: " + customer);
            }
            String rep = rep(f, "repId");
            Long amount = f.amountFen("amountFen", true);
            if (amount != null && amount == 0) {
                f.error("amountFen", "合同额应大于 0");
            }
            LocalDate signed = f.date("signedOn", true);
            Long firstPayment = f.amountFen("firstPaymentFen", false);
            LocalDate paidOn = f.date("firstPaymentOn", false);
            if (firstPayment != null && firstPayment > 0 && paidOn == null) {
                f.error("firstPaymentOn", "有首付款时必填到账日期");
            }
            if (firstPayment != null && amount != null && firstPayment > amount) {
                f.error("firstPaymentFen", "首付款不能超过合同额");
            }
            if (paidOn != null && signed != null && paidOn.isBefore(signed)) {
                f.error("firstPaymentOn", "到账日期早于签约日期");
            }
            String renewalOf = f.optional("renewalOf");
            if (renewalOf != null && !batchIds.contains(renewalOf) && deals.find(renewalOf).isEmpty()) {
                f.error("renewalOf", "被续约的合同不存在: " + renewalOf);
            }
            Map<DecisionRole, String> roles = roles(f);
            String annex = f.optional("annexName");
            boolean annexSigned = f.flag("annexSignedByBoth");
            LocalDate week = f.date("implementationWeek", false);
            boolean csm = f.flag("csmBeforeSigning");
            boolean trial = f.flag("payAfterTrial");
            if (id == null || customer == null || rep == null || amount == null || signed == null || roles == null) {
                return null;
            }
            batchIds.add(id);
            return new Deal(id, customer, rep, f.optional("opportunityId"), amount, signed, f.optional("productLine"),
                    annex, annexSigned, week, csm, roles, firstPayment == null ? 0 : firstPayment, paidOn,
                    f.optional("firstPaymentReceipt"), trial, renewalOf, now);
        }, Deal::id, "id", d -> desk.record(d, "api", "api"));
    }

    private static Map<DecisionRole, String> roles(RowFields f) {
        String text = f.optional("roles");
        Map<DecisionRole, String> roles = new EnumMap<>(DecisionRole.class);
        if (text == null) {
            return roles;
        }
        for (String item : text.split("[;；]")) {
            if (item.isBlank()) {
                continue;
            }
            int eq = item.indexOf('=');
            String name = (eq < 0 ? item : item.substring(0, eq)).strip();
            Optional<DecisionRole> role = DecisionRole.parse(name);
            if (role.isEmpty()) {
                f.error("roles", "未知的决策链角色 \"" + name + "\"，可选 signer/it_owner/finance/purchasing/"
                        + "user_department 或中文名称");
                return null;
            }
            String evidence = eq < 0 ? "" : item.substring(eq + 1).strip();
            if (evidence.length() > 500) {
                f.error("roles", "凭证说明超过 500 个字符");
                return null;
            }
            roles.put(role.get(), evidence);
        }
        return roles;
    }

    /** Columns: id, customerId, repId?, openedAt, firstResponseAt?, closedAt?, major?, summary?. */
    public ImportReport serviceTickets(List<Map<String, String>> rows) {
        return batches.run("service-tickets", rows, f -> {
            String id = f.required("id", 64);
            String customer = f.required("customerId");
            if (customer != null && customers.find(customer).isEmpty()) {
                f.error("customerId", "客户不存在: " + customer);
            }
            String rep = f.optional("repId") == null ? null : rep(f, "repId");
            Long opened = f.instant("openedAt", true);
            Long answered = f.instant("firstResponseAt", false);
            Long closed = f.instant("closedAt", false);
            if (opened != null && answered != null && answered < opened) {
                f.error("firstResponseAt", "首次响应早于开单时间");
            }
            boolean major = f.flag("major");
            String summary = f.optional("summary");
            if (summary != null && summary.length() > 200) {
                f.error("summary", "超过 200 个字符");
            }
            if (id == null || customer == null || opened == null) {
                return null;
            }
            return new ServiceTicket(id, customer, rep, opened, answered == null ? 0 : answered,
                    closed == null ? 0 : closed, major, summary);
        }, ServiceTicket::id, "id", t -> tickets.saveAll(List.of(t)));
    }

    /** Columns: customerId, month (yyyy-MM), nps (-100..100). */
    public ImportReport nps(List<Map<String, String>> rows) {
        return batches.run("nps", rows, f -> {
            String customer = f.required("customerId");
            if (customer != null && customers.find(customer).isEmpty()) {
                f.error("customerId", "客户不存在: " + customer);
            }
            YearMonth month = f.month("month");
            Integer nps = whole(f, "nps", -100, 100);
            return customer == null || month == null || nps == null ? null : new NpsScore(customer, month, nps);
        }, s -> s.customerId() + "/" + s.month(), "month", incentives::saveNps);
    }

    /** Columns: repId, month (yyyy-MM), suggested, adopted. */
    public ImportReport kbAdoption(List<Map<String, String>> rows) {
        return batches.run("kb-adoption", rows, f -> {
            String rep = rep(f, "repId");
            YearMonth month = f.month("month");
            Integer suggested = whole(f, "suggested", 0, 1_000_000);
            Integer adopted = whole(f, "adopted", 0, 1_000_000);
            if (suggested != null && adopted != null && adopted > suggested) {
                f.error("adopted", "采纳数不能超过推荐数 " + suggested);
                return null;
            }
            return rep == null || month == null || suggested == null || adopted == null ? null
                    : new KbAdoption(rep, month, suggested, adopted);
        }, a -> a.repId() + "/" + a.month(), "month", incentives::saveKbAdoption);
    }

    /** Columns: id, repId, customerId?, heldOn, minutes, topic?. */
    public ImportReport csSessions(List<Map<String, String>> rows) {
        return batches.run("cs-sessions", rows, f -> {
            String id = f.required("id", 64);
            String rep = rep(f, "repId");
            String customer = f.optional("customerId");
            if (customer != null && customers.find(customer).isEmpty()) {
                f.error("customerId", "客户不存在: " + customer);
            }
            LocalDate day = f.date("heldOn", true);
            Integer minutes = whole(f, "minutes", 1, 24 * 60);
            String topic = f.optional("topic");
            if (topic != null && topic.length() > 100) {
                f.error("topic", "超过 100 个字符");
            }
            return id == null || rep == null || day == null || minutes == null ? null
                    : new CsSession(id, rep, customer, day, minutes, topic);
        }, CsSession::id, "id", incentives::saveSession);
    }

    /** Columns: menteeId, mentorId, since (yyyy-MM-dd). A rep has one mentor; importing again replaces it. */
    public ImportReport mentorships(List<Map<String, String>> rows) {
        long now = clock.millis();
        return batches.run("mentorships", rows, f -> {
            String mentee = rep(f, "menteeId");
            String mentor = rep(f, "mentorId");
            LocalDate since = f.date("since", true);
            if (mentee != null && mentee.equals(mentor)) {
                f.error("mentorId", "导师不能是本人");
                return null;
            }
            return mentee == null || mentor == null || since == null ? null
                    : new Mentorship(mentee, mentor, since, "api", now);
        }, Mentorship::menteeId, "menteeId", m -> {
            incentives.saveMentorship(m);
            audit.record(new AuditEntry("api", "mentorship.set", "rep", m.menteeId(), null,
                    "mentor=" + m.mentorId() + ",since=" + m.since(), "api", now));
        });
    }

    private String rep(RowFields f, String field) {
        String id = f.required(field);
        if (id != null && org.findRep(id).isEmpty()) {
            f.error(field, "人员不存在: " + id);
            return null;
        }
        return id;
    }

    private static Integer whole(RowFields f, String field, int min, int max) {
        String v = f.required(field);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                f.error(field, "应在 " + min + " 到 " + max + " 之间: " + v);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            f.error(field, "应为整数: " + v);
            return null;
        }
    }
}
