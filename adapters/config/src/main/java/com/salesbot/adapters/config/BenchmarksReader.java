package com.salesbot.adapters.config;

import com.salesbot.core.config.Benchmark;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.config.IndustryBenchmarks;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads benchmarks.yml: the industry's name and its reference rates. */
final class BenchmarksReader {
    static final String FILE = "benchmarks.yml";
    private static final List<String> KEYS = List.of("industry", "rates");
    private static final List<String> RATE_KEYS = List.of("code", "label", "value");

    private BenchmarksReader() {
    }

    static IndustryBenchmarks read(YamlSource source) {
        IndustryBenchmarks defaults = BusinessConfig.defaultBenchmarks();
        Map<String, NodeTuple> top = source.top(KEYS);
        String industry = defaults.industry();
        NodeTuple industryEntry = top.get("industry");
        if (industryEntry != null) {
            source.mark("benchmarks.industry", industryEntry.getValueNode());
            industry = source.text(industryEntry.getValueNode(), "industry").orElse(industry);
        }
        List<Benchmark> rates = defaults.rates();
        NodeTuple ratesEntry = top.get("rates");
        if (ratesEntry != null) {
            rates = rates(source, ratesEntry).orElse(rates);
        }
        return new IndustryBenchmarks(industry, rates);
    }

    private static Optional<List<Benchmark>> rates(YamlSource source, NodeTuple entry) {
        return MappingListReader.read(source, entry, "benchmarks.rates", "rates", RATE_KEYS, (keys, at, item) -> {
            Optional<String> code = ChoiceListReader.field(source, keys, "code", at, item);
            Optional<String> label = ChoiceListReader.field(source, keys, "label", at, item);
            Optional<Double> value = value(source, keys, at, item);
            return code.isPresent() && label.isPresent() && value.isPresent()
                    ? Optional.of(new Benchmark(code.get(), label.get(), value.get())) : Optional.empty();
        });
    }

    private static Optional<Double> value(YamlSource source, Map<String, NodeTuple> keys, String at, Node item) {
        NodeTuple tuple = keys.get("value");
        if (tuple == null) {
            source.error(item, "\"value\" is missing");
            return Optional.empty();
        }
        return source.parsed(tuple.getValueNode(), at + ".value", Scalars::toDouble,
                "value must be a rate from 0 to 1, e.g. 0.35");
    }
}
