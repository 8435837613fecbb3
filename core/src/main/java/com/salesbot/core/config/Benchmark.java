package com.salesbot.core.config;

import com.salesbot.core.model.Require;

/** One industry reference rate (0..1) that a rep's own figure is compared with (R18). */
public record Benchmark(String code, String label, double value) {
    public Benchmark {
        Require.text(code, "code");
        Require.text(label, "label");
    }
}
