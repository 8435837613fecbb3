package com.salesbot.core.chat.port;

/** R10 process-health award (过程健康奖) as seen this month. */
public enum AwardStatus {
    /** Reserve/gap above the award ratio in enough consecutive months and no month below the floor. */
    ELIGIBLE,
    /** Above the award ratio this month, not yet long enough. */
    ON_TRACK,
    /** Below the award ratio this month, or a month below the floor. */
    NOT_ELIGIBLE
}
