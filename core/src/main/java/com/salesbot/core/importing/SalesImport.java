package com.salesbot.core.importing;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.Choice;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Lead;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.LeadStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Import of customers, leads and opportunities, checked against the org and the configured stages/sources. */
public final class SalesImport {
    private final OrgStore org;
    private final CustomerStore customers;
    private final LeadStore leads;
    private final OpportunityStore opportunities;
    private final BusinessConfig config;
    private final BatchImporter batches;
    private final Clock clock;

    SalesImport(OrgStore org, CustomerStore customers, LeadStore leads, OpportunityStore opportunities,
                BusinessConfig config, BatchImporter batches, Clock clock) {
        this.org = org;
        this.customers = customers;
        this.leads = leads;
        this.opportunities = opportunities;
        this.config = config;
        this.batches = batches;
        this.clock = clock;
    }

    /** Columns: id, name, ownerRepId, wecomExternalUserId, type, grade, gradeUpdatedAt, ndaSigned. */
    public ImportReport customers(List<Map<String, String>> rows) {
        return batches.run("customers", rows, f -> {
            String id = f.required("id", 64);
            String name = f.required("name", 128);
            String owner = rep(f, "ownerRepId", false);
            Long graded = f.instant("gradeUpdatedAt", false);
            boolean nda = f.flag("ndaSigned");
            if (id == null || name == null) {
                return null;
            }
            return new Customer(id, name, owner, f.optional("wecomExternalUserId"), f.optional("type"),
                    f.optional("grade"), graded == null ? 0 : graded, nda);
        }, Customer::id, "id", customers::save);
    }

    /**
     * Columns: id (optional), customerId, ownerRepId, sourceChannel, firstTouchAt, painPoint, stage,
     * stageEnteredAt, verifiedSourceChannel. Without an id, the owner's lead on the same customer is updated.
     */
    public ImportReport leads(List<Map<String, String>> rows) {
        Set<String> sources = codes(config.leadSources());
        return batches.run("leads", rows, f -> lead(f, sources), l -> l.id() > 0 ? "#" + l.id()
                : l.ownerRepId() + "/" + l.customerId(), "customerId", this::upsert);
    }

    private Lead lead(RowFields f, Set<String> sources) {
        String idText = f.optional("id");
        long id = 0;
        if (idText != null) {
            try {
                id = Long.parseLong(idText);
                if (leads.find(id).isEmpty()) {
                    f.error("id", "线索不存在: " + idText);
                }
            } catch (NumberFormatException e) {
                f.error("id", "应为整数: " + idText);
            }
        }
        String customer = customer(f, "customerId", true);
        String owner = rep(f, "ownerRepId", true);
        String source = f.code("sourceChannel", sources);
        Long first = f.instant("firstTouchAt", true);
        String pain = f.required("painPoint", 200);
        String stage = f.code("stage", codes(config.stages()));
        Long entered = f.instant("stageEnteredAt", false);
        String verified = f.optional("verifiedSourceChannel");
        if (verified != null && !sources.contains(verified)) {
            f.error("verifiedSourceChannel", "不是已配置的编码 " + sources + ": " + verified);
        }
        if (customer == null || owner == null || source == null || first == null || pain == null || stage == null) {
            return null;
        }
        Optional<Lead> existing = id > 0 ? leads.find(id)
                : leads.ofOwner(owner).stream().filter(l -> l.customerId().equals(customer)).findFirst();
        long enteredAt = entered != null ? entered
                : existing.filter(l -> l.stage().equals(stage)).map(Lead::stageEnteredAt).orElse(clock.millis());
        Lead lead = new Lead(existing.map(Lead::id).orElse(0L), customer, owner, source, first, pain, stage, enteredAt,
                verified);
        return existing.map(lead::keepingLostOf).orElse(lead);
    }

    private void upsert(Lead lead) {
        if (lead.id() > 0) {
            leads.update(lead);
        } else {
            leads.insert(lead);
        }
    }

    /**
     * Columns: id, customerId, ownerRepId, amountFen, stage, needConfirmed, budgetConfirmed, decisionMakerKnown,
     * expectedClose, status (OPEN/WON/LOST), largeAccount, createdAt, closedAt.
     */
    public ImportReport opportunities(List<Map<String, String>> rows) {
        return batches.run("opportunities", rows, f -> {
            String id = f.required("id", 64);
            String customer = customer(f, "customerId", true);
            String owner = rep(f, "ownerRepId", true);
            Long amount = f.amountFen("amountFen", true);
            String stage = f.code("stage", codes(config.stages()));
            LocalDate close = f.date("expectedClose", false);
            OpportunityStatus status = f.choice("status", OpportunityStatus.class, false);
            Long created = f.instant("createdAt", false);
            Long closed = f.instant("closedAt", false);
            boolean need = f.flag("needConfirmed");
            boolean budget = f.flag("budgetConfirmed");
            boolean decision = f.flag("decisionMakerKnown");
            boolean large = f.flag("largeAccount");
            if (id == null || customer == null || owner == null || amount == null || stage == null) {
                return null;
            }
            return new Opportunity(id, customer, owner, amount, stage, need, budget, decision, close,
                    status == null ? OpportunityStatus.OPEN : status, large,
                    created == null ? clock.millis() : created, closed == null ? 0 : closed);
        }, Opportunity::id, "id", opportunities::save);
    }

    private String rep(RowFields f, String field, boolean required) {
        String id = required ? f.required(field) : f.optional(field);
        if (id != null && org.findRep(id).isEmpty()) {
            f.error(field, "人员不存在: " + id);
            return null;
        }
        return id;
    }

    private String customer(RowFields f, String field, boolean required) {
        String id = required ? f.required(field) : f.optional(field);
        if (id != null && customers.find(id).isEmpty()) {
            f.error(field, "客户不存在，请先导入客户: " + id);
            return null;
        }
        return id;
    }

    static Set<String> codes(List<Choice> choices) {
        return choices.stream().map(Choice::code).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
