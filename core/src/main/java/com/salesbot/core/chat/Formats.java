package com.salesbot.core.chat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;

/** How numbers read in Chinese cards: 12.5万元, 8,000元, 62%, 1.2倍. */
public final class Formats {
    private static final long FEN_PER_WAN = 1_000_000L;

    private Formats() {
    }

    public static String money(long fen) {
        if (Math.abs(fen) >= FEN_PER_WAN) {
            BigDecimal wan = BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(FEN_PER_WAN), 2, RoundingMode.HALF_UP);
            return wan.stripTrailingZeros().toPlainString() + "万元";
        }
        long yuan = BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue();
        return new DecimalFormat("#,##0").format(yuan) + "元";
    }

    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    public static String times(double ratio) {
        return BigDecimal.valueOf(ratio).setScale(1, RoundingMode.HALF_UP).toPlainString() + "倍";
    }

    /** A threshold as people write it: 1.8, 2 (not 2.0). */
    public static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
