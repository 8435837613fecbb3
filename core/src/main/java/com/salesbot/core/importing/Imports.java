package com.salesbot.core.importing;

import com.salesbot.core.capture.Absences;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import com.salesbot.core.port.Transactions;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every row-by-row import by kind name (teams, people, customers, leads, opportunities, targets, payments,
 * absences).
 */
public final class Imports {
    public static final List<String> KINDS =
            List.of("teams", "people", "customers", "leads", "opportunities", "targets", "payments", "absences");

    private final OrgImport org;
    private final SalesImport sales;
    private final MoneyImport money;
    private final AbsenceImport absences;

    public Imports(OrgStore org, CustomerStore customers, LeadStore leads, OpportunityStore opportunities,
                   TargetStore targets, PaymentStore payments, BusinessConfig config, Transactions transactions,
                   Clock clock) {
        this(org, customers, leads, opportunities, targets, payments, config, transactions, clock, null);
    }

    /** With absences (请假) from an HR system: {@code absences} audits and stores them. */
    public Imports(OrgStore org, CustomerStore customers, LeadStore leads, OpportunityStore opportunities,
                   TargetStore targets, PaymentStore payments, BusinessConfig config, Transactions transactions,
                   Clock clock, Absences absences) {
        BatchImporter batches = new BatchImporter(transactions, clock.getZone());
        this.org = new OrgImport(org, batches, clock);
        this.sales = new SalesImport(org, customers, leads, opportunities, config, batches, clock);
        this.money = new MoneyImport(org, customers, opportunities, targets, payments, batches);
        this.absences = absences == null ? null : new AbsenceImport(org, absences, batches, clock);
    }

    /** @return empty when the kind is unknown */
    public Optional<ImportReport> run(String kind, List<Map<String, String>> rows) {
        return Optional.ofNullable(switch (kind) {
            case "teams" -> org.teams(rows);
            case "people" -> org.people(rows);
            case "customers" -> sales.customers(rows);
            case "leads" -> sales.leads(rows);
            case "opportunities" -> sales.opportunities(rows);
            case "targets" -> money.targets(rows);
            case "payments" -> money.payments(rows);
            case "absences" -> absences == null ? null : absences.absences(rows);
            default -> null;
        });
    }
}
