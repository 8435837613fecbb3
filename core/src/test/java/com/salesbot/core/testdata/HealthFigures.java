package com.salesbot.core.testdata;

import com.salesbot.core.chat.port.AwardStatus;
import com.salesbot.core.chat.port.RepTargetHealth;
import com.salesbot.core.rules.targethealth.TargetHealth;
import com.salesbot.core.rules.targethealth.TargetStatus;
import java.math.BigDecimal;

/** Target-health figures for card and push tests, built as the rules' one type would hold them. */
public final class HealthFigures {
    private HealthFigures() {
    }

    /**
     * @param ratio     reserve / gap as shown, null when there is no gap
     * @param shortfall reserve still missing when red (0 otherwise)
     */
    public static RepTargetHealth of(long target, long achieved, double completion, long reserve, long gap,
                                     Double ratio, boolean red, long shortfall, AwardStatus award) {
        TargetStatus status = red ? TargetStatus.RED : gap == 0 ? TargetStatus.MET : TargetStatus.HEALTHY;
        return new RepTargetHealth(new TargetHealth(target, achieved, BigDecimal.valueOf(completion), reserve, gap,
                ratio == null ? null : BigDecimal.valueOf(ratio), red ? reserve + shortfall : 0, status), award);
    }
}
