package com.salesbot.adapters.config;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Turns one file into a composed node tree (no Java objects are built from YAML, so no tag can instantiate
 * anything), reporting unreadable files and malformed YAML with their line.
 */
final class YamlFiles {
    private static final int MAX_ALIASES = 20;

    private YamlFiles() {
    }

    /**
     * @return the top-level mapping; empty when the file is absent, empty, or has a problem (reported)
     */
    static Optional<MappingNode> compose(Path path, String display, Problems problems) {
        if (!Files.exists(path)) {
            return Optional.empty();
        }
        String text;
        try {
            text = decode(Files.readAllBytes(path));
        } catch (CharacterCodingException e) {
            problems.add(display, 0, "is not UTF-8 text; save it with UTF-8 encoding");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(display, 0, "cannot be read (" + e.getClass().getSimpleName() + ")");
            return Optional.empty();
        }
        Node root;
        try {
            root = yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.add(display, mark == null ? 0 : mark.getLine() + 1, malformed(e));
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(display, 0, "malformed YAML: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null) {
            return Optional.empty();
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.add(display, YamlSource.line(root), "expected \"key: value\" lines at the top level, got "
                    + YamlSource.describe(root));
            return Optional.empty();
        }
        return Optional.of(mapping);
    }

    private static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        return new Yaml(options);
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** SnakeYAML's own wording, context first: "while parsing a flow sequence started on line 3, expected ..." */
    private static String malformed(MarkedYAMLException e) {
        StringBuilder message = new StringBuilder("malformed YAML: ");
        if (e.getContext() != null) {
            message.append(e.getContext());
            Mark context = e.getContextMark();
            Mark problem = e.getProblemMark();
            if (context != null && (problem == null || context.getLine() != problem.getLine())) {
                message.append(" started on line ").append(context.getLine() + 1);
            }
            message.append(", ");
        }
        return message.append(e.getProblem()).toString();
    }
}
