package com.salesbot.adapters.config;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One composed YAML file being read: typed access to its nodes that reports every problem with the file's name and
 * the node's line, and records where each configuration path was written.
 */
final class YamlSource {
    private final String file;
    private final MappingNode root;
    private final Problems problems;
    private final SourceIndex index;
    private int errors;

    YamlSource(String file, MappingNode root, Problems problems, SourceIndex index) {
        this.file = file;
        this.root = root;
        this.problems = problems;
        this.index = index;
    }

    /** The top-level keys, after checking them against {@code allowed}. */
    Map<String, NodeTuple> top(Collection<String> allowed) {
        return root == null ? Map.of() : keys(root, allowed).orElse(Map.of());
    }

    /** Problems reported against this file so far; readers compare counts to know whether a section was clean. */
    int errors() {
        return errors;
    }

    void error(Node at, String message) {
        errors++;
        problems.add(file, line(at), message);
    }

    void mark(String path, Node at) {
        index.record(path, file, line(at));
    }

    /** 1-based line of a node; 0 (whole file) for no node. */
    static int line(Node node) {
        return node == null || node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    /**
     * A mapping's entries by key. Unknown and repeated keys are reported (and left out); a node that is not a
     * mapping is reported and gives empty.
     */
    Optional<Map<String, NodeTuple>> keys(Node node, Collection<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            error(node, "expected keys (" + String.join(", ", allowed) + "), got " + describe(node));
            return Optional.empty();
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar)) {
                error(keyNode, "a key must be a plain word, got " + describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (!allowed.contains(key)) {
                error(keyNode, "unknown key \"" + key + "\"" + hint(key, allowed));
            } else if (entries.containsKey(key)) {
                error(keyNode, "key \"" + key + "\" is defined twice (first on line "
                        + line(entries.get(key).getKeyNode()) + ")");
            } else {
                entries.put(key, tuple);
            }
        }
        return Optional.of(entries);
    }

    /** The items of a list, or empty (reported) when the node is not a list. */
    Optional<List<Node>> items(Node node, String name) {
        if (node instanceof SequenceNode sequence) {
            return Optional.of(sequence.getValue());
        }
        error(node, "\"" + name + "\" must be a list (lines starting with \"- \"), got " + describe(node));
        return Optional.empty();
    }

    /** A non-empty single value, or empty (reported). */
    Optional<String> text(Node node, String name) {
        if (!(node instanceof ScalarNode scalar)) {
            error(node, "\"" + name + "\" must be a single value, got " + describe(node));
            return Optional.empty();
        }
        if (isNull(scalar) || scalar.getValue().isBlank()) {
            error(node, "\"" + name + "\" must not be empty");
            return Optional.empty();
        }
        return Optional.of(scalar.getValue().strip());
    }

    /**
     * Records where {@code path} was written and parses the node's single value; when it does not parse, reports
     * {@code "<mustBe>, got <what was written>"}.
     */
    <T> Optional<T> parsed(Node node, String path, Function<String, Optional<? extends T>> parser, String mustBe) {
        mark(path, node);
        Optional<T> value = raw(node).flatMap(parser);
        if (value.isEmpty()) {
            error(node, mustBe + ", got " + describe(node));
        }
        return value;
    }

    /** The raw single value, or empty if the node is a list, a mapping or blank (nothing reported). */
    static Optional<String> raw(Node node) {
        if (node instanceof ScalarNode scalar && !isNull(scalar) && !scalar.getValue().isBlank()) {
            return Optional.of(scalar.getValue().strip());
        }
        return Optional.empty();
    }

    /** How a bad value reads in a message: {@code "abc"}, {@code a list}, {@code nothing}. */
    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a group of keys";
        }
        if (node instanceof ScalarNode scalar && !isNull(scalar) && !scalar.getValue().isBlank()) {
            return "\"" + scalar.getValue() + "\"";
        }
        return "nothing";
    }

    private static boolean isNull(ScalarNode scalar) {
        return Tag.NULL.equals(scalar.getTag()) && scalar.getScalarStyle().getChar() == null;
    }

    private static String hint(String key, Collection<String> allowed) {
        Optional<String> close = Suggestions.closest(key, allowed);
        if (close.isPresent()) {
            return " (did you mean \"" + close.get() + "\"?)";
        }
        return allowed.size() <= 8 ? "; expected one of: " + String.join(", ", allowed) : "";
    }
}
