package com.salesbot.core.rules.capability;

/**
 * One rep's point in the capability-resource matrix.
 *
 * @param wonDeals          won opportunities closed in the window
 * @param medianDealFen     median amount of those, 0 when none
 * @param largeWon          large-account opportunities won in the window
 * @param largeClosed       large-account opportunities won or lost in the window
 * @param largeWinRate      largeWon / largeClosed, null when largeClosed is 0 (unknown, not zero)
 */
public record RepCapability(String repId, int wonDeals, long medianDealFen, int largeWon, int largeClosed,
                            Double largeWinRate, Quadrant quadrant) {
}
