package com.salesbot.core.rules.credibility;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share {@code hits / samples}, compared exactly (cross-multiplied); shown with 4 decimals half-up. */
public record Rate(int hits, int samples) implements Comparable<Rate> {
    public Rate {
        if (samples < 0 || hits < 0 || hits > samples) {
            throw new IllegalArgumentException("invalid rate " + hits + "/" + samples);
        }
    }

    public boolean perfect() {
        return samples > 0 && hits == samples;
    }

    public BigDecimal value() {
        if (samples == 0) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(hits).divide(BigDecimal.valueOf(samples), 4, RoundingMode.HALF_UP);
    }

    @Override
    public int compareTo(Rate other) {
        return Long.compare((long) hits * other.samples, (long) other.hits * samples);
    }
}
