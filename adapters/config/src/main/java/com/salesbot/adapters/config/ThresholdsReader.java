package com.salesbot.adapters.config;

import com.salesbot.core.config.ThresholdRules;
import com.salesbot.core.config.ThresholdValues;
import com.salesbot.core.config.Thresholds;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads thresholds.yml: one key per {@link Thresholds} component, named exactly like it. Keys left out keep the
 * article's default; a value of the wrong kind is reported and its default used, so later checks still run.
 */
final class ThresholdsReader {
    static final String FILE = "thresholds.yml";

    private ThresholdsReader() {
    }

    static Thresholds read(YamlSource source) {
        Map<String, Object> overrides = new LinkedHashMap<>();
        source.top(ThresholdValues.names()).forEach((name, tuple) -> {
            source.<Object>parsed(tuple.getValueNode(), "thresholds." + name, text -> parse(name, text),
                    name + " must be " + ThresholdRules.expectation(name))
                    .ifPresent(value -> overrides.put(name, value));
        });
        try {
            return ThresholdValues.withOverrides(overrides);
        } catch (IllegalArgumentException e) {
            // Thresholds may one day check its own arguments; report that like any other problem.
            source.error(null, e.getMessage());
            return Thresholds.defaults();
        }
    }

    private static Optional<?> parse(String name, String text) {
        Class<?> type = ThresholdValues.type(name).orElseThrow();
        if (type == int.class) {
            return Scalars.toInt(text);
        }
        if (type == long.class) {
            return Scalars.toLong(text);
        }
        if (type == double.class) {
            return Scalars.toDouble(text);
        }
        return Scalars.toBoolean(text);
    }
}
