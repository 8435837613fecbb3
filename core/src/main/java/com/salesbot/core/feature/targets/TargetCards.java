package com.salesbot.core.feature.targets;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money wording for the targets cards. */
public final class TargetCards {
    private TargetCards() {
    }

    /** Fen as 万元 with one decimal below 1000万 ("12.5万"), whole 万 above; yuan below 1万. */
    public static String wan(long fen) {
        BigDecimal yuan = BigDecimal.valueOf(fen, 2);
        if (yuan.abs().compareTo(BigDecimal.valueOf(10_000)) < 0) {
            return yuan.setScale(0, RoundingMode.HALF_UP).toPlainString() + "元";
        }
        BigDecimal wan = yuan.divide(BigDecimal.valueOf(10_000), 1, RoundingMode.HALF_UP);
        return (wan.compareTo(BigDecimal.valueOf(1000)) >= 0 ? wan.setScale(0, RoundingMode.HALF_UP) : wan)
                .stripTrailingZeros().toPlainString() + "万";
    }
}
