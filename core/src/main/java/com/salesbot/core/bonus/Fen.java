package com.salesbot.core.bonus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rounding rule of R21: an amount in fen times a ratio is rounded half-up to the fen, once; a whole split
 * into shares is split by the largest-remainder method, so the parts always add up to the whole to the fen (ties go
 * to the earlier share).
 */
public final class Fen {
    private Fen() {
    }

    public static long times(long fen, BigDecimal ratio) {
        return BigDecimal.valueOf(fen).multiply(ratio).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Splits {@code whole} by {@code shares} (which add up to 1); the result adds up to {@code whole} exactly. */
    public static long[] split(long whole, List<BigDecimal> shares) {
        long[] parts = new long[shares.size()];
        BigDecimal[] remainders = new BigDecimal[shares.size()];
        long given = 0;
        for (int i = 0; i < parts.length; i++) {
            BigDecimal exact = BigDecimal.valueOf(whole).multiply(shares.get(i));
            parts[i] = exact.setScale(0, RoundingMode.FLOOR).longValueExact();
            remainders[i] = exact.subtract(BigDecimal.valueOf(parts[i]));
            given += parts[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> {
            int c = remainders[b].compareTo(remainders[a]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        long left = whole - given;
        for (int k = 0; left > 0; k = (k + 1) % parts.length, left--) {
            parts[order.get(k)]++;
        }
        return parts;
    }

    /** 1234567 fen as "12,345.67 元"-free plain "12345.67". */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
