package com.salesbot.core.bonus;

import java.time.LocalDate;

/**
 * One part of one deal's bonus for one beneficiary (the rep, or their mentor).
 *
 * @param beneficiaryId who gets it
 * @param mentorShare   true for a 传承贡献奖 line (the mentor's share of the mentee's part)
 * @param settledOn     the day it was released or forfeited; null while pending
 * @param reason        why it is in this state (Chinese)
 */
public record PartLine(String dealId, BonusPart part, String beneficiaryId, boolean mentorShare, long amountFen,
                       PartState state, LocalDate settledOn, String reason) {
}
