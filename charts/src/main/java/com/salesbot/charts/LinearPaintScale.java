package com.salesbot.charts;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serializable;
import org.jfree.chart.renderer.PaintScale;

/** Blends linearly from a light colour at the lower bound to a dark one at the upper bound. */
final class LinearPaintScale implements PaintScale, Serializable {

    private final double lower;
    private final double upper;
    private final Color low;
    private final Color high;

    LinearPaintScale(double lower, double upper, Color low, Color high) {
        if (!(upper > lower)) {
            throw new IllegalArgumentException("upper must be above lower: " + lower + " .. " + upper);
        }
        this.lower = lower;
        this.upper = upper;
        this.low = low;
        this.high = high;
    }

    @Override
    public double getLowerBound() {
        return lower;
    }

    @Override
    public double getUpperBound() {
        return upper;
    }

    @Override
    public Paint getPaint(double value) {
        return color(value);
    }

    /** Position of the value between the bounds, clamped to 0..1. */
    double fraction(double value) {
        double f = (value - lower) / (upper - lower);
        return Math.max(0, Math.min(1, f));
    }

    Color color(double value) {
        double f = fraction(value);
        return new Color(mix(low.getRed(), high.getRed(), f), mix(low.getGreen(), high.getGreen(), f),
                mix(low.getBlue(), high.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
