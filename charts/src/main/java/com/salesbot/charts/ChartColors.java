package com.salesbot.charts;

import java.awt.Color;

/** The palette shared by all charts. Only {@link #WARNING} is red, so a warning is easy to see. */
public final class ChartColors {
    public static final Color TEXT = new Color(0x20, 0x21, 0x24);
    public static final Color MUTED_TEXT = new Color(0x5F, 0x63, 0x68);
    public static final Color GRID = new Color(0xDA, 0xDC, 0xE0);
    public static final Color TRACK = new Color(0xE8, 0xEA, 0xED);
    public static final Color PRIMARY = new Color(0x1A, 0x4F, 0xA0);
    public static final Color SECONDARY = new Color(0xE3, 0x9B, 0x00);
    public static final Color NEUTRAL = new Color(0x9A, 0xA0, 0xA6);
    public static final Color GOOD = new Color(0x1E, 0x8E, 0x3E);
    public static final Color WARNING = new Color(0xD9, 0x30, 0x25);
    public static final Color HEAT_LOW = Color.WHITE;
    public static final Color HEAT_HIGH = new Color(0x0B, 0x2E, 0x6E);
    public static final Color HIGHLIGHT = new Color(0xF2, 0x8C, 0x00);

    private ChartColors() {
    }
}
