package com.salesbot.core.config;

/**
 * Every number of the R-list, with the article's values as defaults ({@link #defaults()}).
 *
 * @param effectiveTouchMinSeconds     R3: at least this many seconds of interaction (30)
 * @param resultNoteMaxChars           R2: note length limit (20)
 * @param heatmapDays                  R4: business days shown in the heatmap (7)
 * @param lowActivityRatio             R5: below this share of the team mean (0.6)
 * @param lowActivityDays              R5: on this many consecutive business days (3)
 * @param dwellTopN                    R6: size of the lead-dwell list (10)
 * @param reserveGapRedRatio           R9: red when reserve < gap x this (1.8)
 * @param awardRatio                   R10: reserve/gap above this ... (2.0)
 * @param awardMonths                  R10: ... in this many consecutive months (2)
 * @param awardFloorRatio              R10: and no month below this (1.5)
 * @param awardPoolShare               R10: share of the target bonus pool (0.15)
 * @param healthyDecisionRoles         R11: decision chain covers at least this many roles (3)
 * @param healthyDownPaymentRatio      R11: down payment at least this share (0.3)
 * @param downPaymentDelayDays         R11: risk when the down payment is later than this (45)
 * @param priceSensitiveStreak         R19: consecutive price-sensitive entries (5)
 * @param gradeUpdateDays              R20: a grade counts as timely when updated within this many days (30)
 * @param redListSize                  R20: size of the red list (3)
 * @param conversationIdleMinutes      R16: a conversation ends after this idle gap (30)
 * @param resultReminderMinutes        R2: first reminder after this delay (30)
 * @param resultReminderMax            R2: at most this many reminders (2)
 * @param knowledgeMatchMinScore       R22: reply with a knowledge match at or above this score (0.5)
 * @param capabilityGapRatio           R15: below this share of the team mean (0.5)
 * @param capabilityGapQuarters        R15: in this many consecutive quarters (2)
 * @param newJoinerGraceDays           R5: business days from joining during which a rep is left out (5; not in the article)
 * @param comparisonTopN               R18: size of the team's top group compared against (3)
 * @param blackListSize                R20: size of the internal black list (3; not in the article)
 * @param credibilityMinSamples        R20: fewest checked leads / customers for a rep to be ranked (5; not in the article)
 * @param chatGapCapMinutes            R23 chat touches: each silent gap inside a chat counts at most this long (5; not in the article)
 * @param chatPromptsPerDay            R23 chat touches: at most this many R2 prompts for chats per rep and day (8; not in the article)
 * @param suddenZeroMinReps            sudden-zero alert: at least this many steady reps of a team at 0 on one day (3; not in the article)
 * @param suddenZeroSteadyDays         sudden-zero alert: a steady rep had effective touches on each of this many previous business days (5; not in the article)
 * @param sourceCheckLeads             R20: at most this many of last week's new leads on a manager's Monday source-check card (10; not in the article)
 */
public record Thresholds(int effectiveTouchMinSeconds, int resultNoteMaxChars, int heatmapDays,
                         double lowActivityRatio, int lowActivityDays, int dwellTopN, double reserveGapRedRatio,
                         double awardRatio, int awardMonths, double awardFloorRatio, double awardPoolShare,
                         int healthyDecisionRoles, double healthyDownPaymentRatio, int downPaymentDelayDays,
                         int priceSensitiveStreak, int gradeUpdateDays, int redListSize, int conversationIdleMinutes,
                         int resultReminderMinutes, int resultReminderMax, double knowledgeMatchMinScore,
                         double capabilityGapRatio, int capabilityGapQuarters, int newJoinerGraceDays,
                         int comparisonTopN, int blackListSize, int credibilityMinSamples,
                         int chatGapCapMinutes, int chatPromptsPerDay, int suddenZeroMinReps,
                         int suddenZeroSteadyDays, int sourceCheckLeads) {

    /** The numbers of the article (seed 000). */
    public static Thresholds defaults() {
        return new Thresholds(30, 20, 7, 0.6, 3, 10, 1.8, 2.0, 2, 1.5, 0.15, 3, 0.3, 45, 5, 30, 3, 30, 30, 2, 0.5,
                0.5, 2, 5, 3, 3, 5, 5, 8, 3, 5, 10);
    }
}
