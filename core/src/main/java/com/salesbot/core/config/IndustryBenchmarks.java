package com.salesbot.core.config;

import com.salesbot.core.model.Require;

import java.util.List;
import java.util.Optional;

/**
 * Reference rates of the company's industry, used by the comparison view (R18: 我的复购率 vs 行业基准).
 *
 * @param industry the industry the rates describe, shown next to the comparison
 * @param rates    the rates, each with a unique code
 */
public record IndustryBenchmarks(String industry, List<Benchmark> rates) {
    /** Code of the benchmark the comparison view always needs. */
    public static final String REPURCHASE_RATE = "repurchase_rate";

    public IndustryBenchmarks {
        Require.text(industry, "industry");
        rates = List.copyOf(rates);
    }

    public Optional<Benchmark> find(String code) {
        return rates.stream().filter(b -> b.code().equals(code)).findFirst();
    }
}
