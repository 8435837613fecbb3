package com.salesbot.core.chat.port;

/**
 * R9/R10 figures of one rep for one month, as computed by the target rules; the engine only shows them.
 *
 * @param completion      achieved / target (0.62 = 62%)
 * @param reserveGapRatio reserve / gap, null when there is no gap left
 * @param red             R9 red warning: reserve below gap x the configured ratio
 * @param shortfallFen    qualified reserve still missing to leave the red zone, 0 when not red
 */
public record TargetHealth(long targetFen, long achievedFen, double completion, long reserveFen, long gapFen,
                           Double reserveGapRatio, boolean red, long shortfallFen, AwardStatus award) {
}
