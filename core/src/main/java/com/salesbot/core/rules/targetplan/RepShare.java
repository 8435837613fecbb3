package com.salesbot.core.rules.targetplan;

import com.salesbot.core.rules.capability.Quadrant;

/** One rep's part of a plan: the quarter amount in fen and the weight it came from. */
public record RepShare(String repId, long amountFen, double weight, Quadrant quadrant) {
}
