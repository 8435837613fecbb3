package com.salesbot.adapters.config;

import com.salesbot.core.config.Choice;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a list of {@code {code, label}} entries (result tags, stages, lead sources, scenarios). */
final class ChoiceListReader {
    private static final List<String> KEYS = List.of("code", "label");

    private ChoiceListReader() {
    }

    /**
     * @param path the configuration path of the list, also its key in the file
     * @return the entries, or empty when the list is absent or has a problem (the problem is reported)
     */
    static Optional<List<Choice>> read(YamlSource source, Map<String, NodeTuple> top, String path) {
        NodeTuple entry = top.get(path);
        if (entry == null) {
            return Optional.empty();
        }
        return MappingListReader.read(source, entry, path, path, KEYS, (keys, at, item) -> {
            Optional<String> code = field(source, keys, "code", at, item);
            Optional<String> label = field(source, keys, "label", at, item);
            return code.isPresent() && label.isPresent()
                    ? Optional.of(new Choice(code.get(), label.get())) : Optional.empty();
        });
    }

    static Optional<String> field(YamlSource source, Map<String, NodeTuple> keys, String key, String at, Node item) {
        NodeTuple tuple = keys.get(key);
        if (tuple == null) {
            source.error(item, "\"" + key + "\" is missing");
            return Optional.empty();
        }
        source.mark(at + "." + key, tuple.getValueNode());
        return source.text(tuple.getValueNode(), key);
    }
}
