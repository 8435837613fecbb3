package com.salesbot.core.rules.consensus;

/**
 * What the team sees of a 目标共识度 survey: aggregates only, never who answered what.
 *
 * @param answers     how many answered
 * @param shown       false while fewer than the minimum answered (then every other figure is 0: too few answers
 *                    could be traced back to a person)
 * @param consensus   1 - mean(|answer - target| / target), clipped to 0..1; 0.9 reads as 共识度 90 %
 * @param minFen      lowest stated amount
 * @param maxFen      highest stated amount
 * @param medianFen   median stated amount
 */
public record ConsensusResult(int answers, boolean shown, double consensus, long minFen, long maxFen,
                              long medianFen) {
}
