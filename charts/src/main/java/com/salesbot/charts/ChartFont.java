package com.salesbot.charts;

import java.awt.Font;
import java.util.Objects;

/** The font every chart uses, plus where it came from so start-up can log it. */
public record ChartFont(Font base, FontSource source, String family) {

    public ChartFont {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(family, "family");
    }

    public Font sized(int style, float size) {
        return base.deriveFont(style, size);
    }

    /** True when every character of the text has a glyph (no tofu boxes). */
    public boolean canDisplay(String text) {
        return base.canDisplayUpTo(text) == -1;
    }

    /** One line for the start-up log, e.g. "WenQuanYi Zen Hei (BUNDLED)". */
    public String describe() {
        return family + " (" + source + ")";
    }
}
