package com.salesbot.charts;

/** Where the chart font came from, in the loader's order of preference. */
public enum FontSource {
    /** The WenQuanYi Zen Hei TTF shipped on the classpath. */
    BUNDLED,
    /** A font family installed on the host that can display Chinese. */
    INSTALLED,
    /** Logical SansSerif; Chinese text may render as boxes. */
    FALLBACK
}
