package com.salesbot.core.deal;

import com.salesbot.core.model.Require;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A signed deal (contract). Money in fen.
 *
 * @param id                     contract id
 * @param customerId             the customer
 * @param repId                  the rep who signed it (the bonus goes to them)
 * @param opportunityId          the opportunity it closes, may be null
 * @param amountFen              contract total
 * @param signedOn               signing date
 * @param productLine            product line, may be null
 * @param annexName              the customisation annex (e.g. 《报表模块定制开发说明书》), null when the contract is the
 *                               standard template with no annex
 * @param annexSignedByBoth      the annex carries both sides' seals (双方签章)
 * @param implementationWeek     any day of the week implementation is scheduled for; null when not dated to the week
 * @param csmBeforeSigning       a customer-success manager joined the talks before signing
 * @param roles                  decision-chain roles reached, each with its evidence (meeting minutes, touch ids);
 *                               a role with blank evidence was reached but nothing proves it
 * @param firstPaymentFen        first payment received, 0 while none
 * @param firstPaymentOn         the day it arrived, null while none
 * @param firstPaymentReceipt    bank receipt reference, may be null
 * @param payAfterTrial          the customer defers the first payment until a satisfying trial (试用满意后付款)
 * @param renewalOf              the earlier deal this one renews, null for a new deal
 * @param createdAt              epoch ms the deal was recorded
 */
public record Deal(String id, String customerId, String repId, String opportunityId, long amountFen,
                   LocalDate signedOn, String productLine, String annexName, boolean annexSignedByBoth,
                   LocalDate implementationWeek, boolean csmBeforeSigning, Map<DecisionRole, String> roles,
                   long firstPaymentFen, LocalDate firstPaymentOn, String firstPaymentReceipt,
                   boolean payAfterTrial, String renewalOf, long createdAt) {
    public Deal {
        Require.text(id, "deal id");
        Require.text(customerId, "customer id of deal " + id);
        Require.text(repId, "rep id of deal " + id);
        Require.notNegative(amountFen, "deal amount");
        Require.present(signedOn, "signing date of deal " + id);
        Require.notNegative(firstPaymentFen, "first payment");
        if (firstPaymentFen > 0 && firstPaymentOn == null) {
            throw new IllegalArgumentException("首付款缺少到账日期");
        }
        if (firstPaymentOn != null && firstPaymentOn.isBefore(signedOn)) {
            throw new IllegalArgumentException("首付款到账日期早于签约日期");
        }
        if (renewalOf != null && renewalOf.equals(id)) {
            throw new IllegalArgumentException("合同不能续约自己");
        }
        EnumMap<DecisionRole, String> copy = new EnumMap<>(DecisionRole.class);
        if (roles != null) {
            roles.forEach((role, evidence) -> copy.put(Require.present(role, "role"),
                    evidence == null ? "" : evidence.strip()));
        }
        roles = Collections.unmodifiableMap(copy);
        annexName = annexName == null || annexName.isBlank() ? null : annexName.strip();
    }

    /** The first payment has arrived by {@code day}. */
    public boolean paidBy(LocalDate day) {
        return firstPaymentOn != null && !firstPaymentOn.isAfter(day);
    }
}
