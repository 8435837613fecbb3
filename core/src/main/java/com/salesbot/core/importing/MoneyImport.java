package com.salesbot.core.importing;

import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Target;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import com.salesbot.core.port.TargetStore;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/** Import of monthly targets and payments (amounts in fen). */
public final class MoneyImport {
    private final OrgStore org;
    private final CustomerStore customers;
    private final OpportunityStore opportunities;
    private final TargetStore targets;
    private final PaymentStore payments;
    private final BatchImporter batches;

    MoneyImport(OrgStore org, CustomerStore customers, OpportunityStore opportunities, TargetStore targets,
                PaymentStore payments, BatchImporter batches) {
        this.org = org;
        this.customers = customers;
        this.opportunities = opportunities;
        this.targets = targets;
        this.payments = payments;
        this.batches = batches;
    }

    /** Columns: repId, month (yyyy-MM), amountFen. One target per person and month. */
    public ImportReport targets(List<Map<String, String>> rows) {
        return batches.run("targets", rows, f -> {
            String rep = rep(f);
            YearMonth month = f.month("month");
            Long amount = f.amountFen("amountFen", true);
            return rep == null || month == null || amount == null ? null : new Target(rep, month, amount);
        }, t -> t.repId() + "/" + t.month(), "month", targets::save);
    }

    /** Columns: id, repId, customerId, opportunityId, amountFen, paidAt, productLine (optional, default 默认). */
    public ImportReport payments(List<Map<String, String>> rows) {
        return batches.run("payments", rows, f -> {
            String id = f.required("id", 64);
            String rep = rep(f);
            String customer = f.optional("customerId");
            if (customer != null && customers.find(customer).isEmpty()) {
                f.error("customerId", "客户不存在: " + customer);
            }
            String opportunity = f.optional("opportunityId");
            if (opportunity != null && opportunities.find(opportunity).isEmpty()) {
                f.error("opportunityId", "商机不存在: " + opportunity);
            }
            Long amount = f.amountFen("amountFen", true);
            Long paidAt = f.instant("paidAt", true);
            String line = f.optional("productLine");
            if (line != null && line.length() > 64) {
                f.error("productLine", "超过 64 个字符");
            }
            if (id == null || rep == null || amount == null || paidAt == null) {
                return null;
            }
            return new Payment(id, rep, customer, opportunity, amount, paidAt, line);
        }, Payment::id, "id", payments::save);
    }

    private String rep(RowFields f) {
        String id = f.required("repId");
        if (id != null && org.findRep(id).isEmpty()) {
            f.error("repId", "人员不存在: " + id);
            return null;
        }
        return id;
    }
}
