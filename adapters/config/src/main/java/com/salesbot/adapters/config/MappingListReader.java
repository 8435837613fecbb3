package com.salesbot.adapters.config;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a list whose items are mappings with known keys, marking each item at {@code path[i]}. */
final class MappingListReader {
    private MappingListReader() {
    }

    /** Turns one item's keys into a value; reports its own problems and returns empty for a bad item. */
    @FunctionalInterface
    interface ItemReader<T> {
        Optional<T> read(Map<String, NodeTuple> keys, String at, Node item);
    }

    /**
     * @param entry the list's key and value in the file
     * @param path  the configuration path of the list, e.g. {@code benchmarks.rates}
     * @param name  the list's key as written in the file, for messages
     * @return every item, or empty when any item had a problem (the problems are reported)
     */
    static <T> Optional<List<T>> read(YamlSource source, NodeTuple entry, String path, String name,
                                      List<String> allowedKeys, ItemReader<T> reader) {
        source.mark(path, entry.getKeyNode());
        int errorsBefore = source.errors();
        List<T> values = new ArrayList<>();
        List<Node> items = source.items(entry.getValueNode(), name).orElse(List.of());
        for (int i = 0; i < items.size(); i++) {
            String at = path + "[" + i + "]";
            Node item = items.get(i);
            source.mark(at, item);
            source.keys(item, allowedKeys).flatMap(keys -> reader.read(keys, at, item)).ifPresent(values::add);
        }
        return source.errors() == errorsBefore ? Optional.of(values) : Optional.empty();
    }
}
