package com.salesbot.adapters.config;

import com.salesbot.core.feature.targets.TargetsSettings;
import com.salesbot.core.feature.targets.TargetsSettings.Dimension;
import com.salesbot.core.feature.targets.TargetsSettings.Metric;
import com.salesbot.core.feature.targets.TargetsSettings.Redemption;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads {@code capability.yml} (radar dimensions, R13 sample, R14 points and catalogue, R15 plan). A missing file
 * means the defaults; a key left out keeps its default; an unknown key or a wrong value is a
 * {@link IllegalArgumentException} naming the file and the key.
 */
public final class TargetsSettingsReader {
    public static final String FILE = "capability.yml";
    private static final Set<String> KEYS = Set.of("dimensions", "gapDimension", "csLeadId", "coachingPlan",
            "voiceSampleSize", "voiceSeed", "points", "catalogue", "consensusMinAnswers", "matrixMonths");

    private TargetsSettingsReader() {
    }

    public static TargetsSettings read(Path dir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return TargetsSettings.defaults();
        }
        Object root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(FILE + ": cannot be read as YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return TargetsSettings.defaults();
        }
        if (!(root instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(FILE + ": expected keys at the top level");
        }
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(FILE + ": unknown key '" + key + "', expected one of "
                        + KEYS.stream().sorted().toList());
            }
        }
        TargetsSettings d = TargetsSettings.defaults();
        try {
            return new TargetsSettings(
                    map.containsKey("dimensions") ? dimensions(map.get("dimensions")) : d.dimensions(),
                    map.containsKey("gapDimension") ? text(map.get("gapDimension"), "gapDimension") : d.gapDimension(),
                    map.containsKey("voiceSampleSize") ? (int) whole(map.get("voiceSampleSize"), "voiceSampleSize")
                            : d.voiceSampleSize(),
                    map.containsKey("voiceSeed") ? whole(map.get("voiceSeed"), "voiceSeed") : d.voiceSeed(),
                    map.containsKey("csLeadId") ? (map.get("csLeadId") == null ? null
                            : text(map.get("csLeadId"), "csLeadId")) : d.csLeadId(),
                    map.containsKey("coachingPlan") ? lines(map.get("coachingPlan")) : d.coachingPlan(),
                    map.containsKey("points") ? points(map.get("points")) : d.points(),
                    map.containsKey("catalogue") ? catalogue(map.get("catalogue")) : d.catalogue(),
                    map.containsKey("consensusMinAnswers") ? (int) whole(map.get("consensusMinAnswers"),
                            "consensusMinAnswers") : d.consensusMinAnswers(),
                    map.containsKey("matrixMonths") ? (int) whole(map.get("matrixMonths"), "matrixMonths")
                            : d.matrixMonths());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException(FILE + ": " + e.getMessage(), e);
        }
    }

    private static List<Dimension> dimensions(Object value) {
        List<Dimension> out = new ArrayList<>();
        for (Object item : list(value, "dimensions")) {
            Map<?, ?> m = (Map<?, ?>) item;
            String metric = text(m.get("metric"), "dimensions.metric");
            Metric parsed;
            try {
                parsed = Metric.valueOf(metric.toUpperCase().replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("dimension metric '" + metric + "' is unknown, expected one of "
                        + "customer-depth, deal-progress, compliance, collaboration, learning, customer-voice");
            }
            out.add(new Dimension(text(m.get("name"), "dimensions.name"), parsed));
        }
        return out;
    }

    private static Map<String, Integer> points(Object value) {
        Map<String, Integer> out = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), (int) whole(v, "points." + k)));
        return out;
    }

    private static List<Redemption> catalogue(Object value) {
        List<Redemption> out = new ArrayList<>();
        for (Object item : list(value, "catalogue")) {
            Map<?, ?> m = (Map<?, ?>) item;
            out.add(new Redemption(text(m.get("id"), "catalogue.id"), text(m.get("label"), "catalogue.label"),
                    (int) whole(m.get("points"), "catalogue.points")));
        }
        return out;
    }

    private static List<String> lines(Object value) {
        return list(value, "coachingPlan").stream().map(v -> text(v, "coachingPlan")).toList();
    }

    private static List<?> list(Object value, String key) {
        if (!(value instanceof List<?> l)) {
            throw new IllegalArgumentException(key + " must be a list");
        }
        return l;
    }

    private static String text(Object value, String key) {
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(key + " is required");
        }
        return String.valueOf(value).trim();
    }

    private static long whole(Object value, String key) {
        if (value instanceof Integer || value instanceof Long) {
            return ((Number) value).longValue();
        }
        throw new IllegalArgumentException(key + " must be a whole number, got " + value);
    }
}
