package com.salesbot.adapters.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where each business setting comes from, for the read-only configuration view: the file and line that sets a key
 * (top level and one level down, e.g. {@code quietHours.start}), or nothing when the file leaves it out and the
 * built-in default applies. Reads the same files as {@link YamlConfigLoader}; never fails (a file that cannot be
 * read simply sets nothing here, the loader reports it at start-up).
 */
public final class ConfigProvenance {
    private final Map<String, String> places = new LinkedHashMap<>();

    private ConfigProvenance() {
    }

    public static ConfigProvenance read(Path dir) {
        ConfigProvenance p = new ConfigProvenance();
        for (String file : YamlConfigLoader.FILES) {
            p.index(dir.resolve(file), file);
        }
        return p;
    }

    /** "thresholds.yml 第 8 行" style place of the key, e.g. {@code heatmapDays} or {@code quietHours.start}. */
    public Optional<String> placeOf(String key) {
        return Optional.ofNullable(places.get(key));
    }

    private void index(Path path, String file) {
        if (!Files.isRegularFile(path)) {
            return;
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(in);
            if (root instanceof MappingNode map) {
                walk(map, "", file, 0);
            }
        } catch (IOException | RuntimeException e) {
            // unreadable here means unreadable for the loader too, which refuses to start
        }
    }

    private void walk(MappingNode map, String prefix, String file, int depth) {
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            String name = prefix + key.getValue();
            places.putIfAbsent(name, file + " 第 " + (key.getStartMark().getLine() + 1) + " 行");
            if (depth == 0 && t.getValueNode() instanceof MappingNode inner) {
                walk(inner, name + ".", file, 1);
            }
        }
    }
}
