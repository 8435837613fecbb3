package com.salesbot.core.rules.deal;

import com.salesbot.core.model.Require;
import java.time.LocalDate;
import java.util.Set;

/**
 * What R11 needs to know about a signed deal. Money in fen.
 *
 * @param decisionChainRoles          roles met on the customer side, e.g. 合同签字人, IT负责人, 财务审批人
 * @param customServiceClauses        number of customised service clauses (定制化服务条款) in the contract
 * @param contractAmountFen           contract total
 * @param downPaymentFen              first payment received (or agreed) in fen
 * @param implementationWeek          any day of the week the implementation is scheduled for; null when not
 *                                    scheduled to the week
 * @param csmInvolvedBeforeSigning    a customer-success manager joined the talks before signing
 * @param onlyProcurementContact      the rep only ever talked to a procurement officer (仅与采购专员单线联系)
 * @param standardTemplateWithoutAnnex standard contract template with no annex at all
 * @param downPaymentLateDays         days the down payment is overdue (0 when paid on time or not yet due)
 */
public record SignedDeal(String opportunityId, String repId, Set<String> decisionChainRoles, int customServiceClauses,
                         long contractAmountFen, long downPaymentFen, LocalDate implementationWeek,
                         boolean csmInvolvedBeforeSigning, boolean onlyProcurementContact,
                         boolean standardTemplateWithoutAnnex, int downPaymentLateDays) {
    public SignedDeal {
        Require.text(opportunityId, "opportunity id");
        Require.text(repId, "rep id");
        decisionChainRoles = decisionChainRoles == null ? Set.of() : Set.copyOf(decisionChainRoles);
        Require.notNegative(customServiceClauses, "custom service clauses");
        Require.notNegative(contractAmountFen, "contract amount");
        Require.notNegative(downPaymentFen, "down payment");
        Require.notNegative(downPaymentLateDays, "down payment late days");
    }
}
