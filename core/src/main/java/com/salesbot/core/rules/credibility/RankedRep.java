package com.salesbot.core.rules.credibility;

/** A rep on a credibility list, with rank 1..n. */
public record RankedRep(int rank, String repId, String repName, Rate rate) {
}
