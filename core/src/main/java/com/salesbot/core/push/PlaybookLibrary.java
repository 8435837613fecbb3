package com.salesbot.core.push;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The talk-track kits and micro-lessons of {@code config/playbooks/*.md}. Each file starts with a front matter
 * block ({@code ---}, {@code key: value} lines for id, kind (kit/lesson), title, customerTypes, {@code ---}),
 * followed by {@code ## } sections. A bad file is refused with its name and line, so sales-ops sees the mistake.
 */
public final class PlaybookLibrary {
    private final Map<String, Playbook> byId;

    public PlaybookLibrary(Collection<Playbook> playbooks) {
        Map<String, Playbook> map = new TreeMap<>();
        for (Playbook p : playbooks) {
            if (map.put(p.id(), p) != null) {
                throw new IllegalArgumentException("two playbooks have the id " + p.id());
            }
        }
        this.byId = Map.copyOf(map);
    }

    public static PlaybookLibrary load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return new PlaybookLibrary(List.of());
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Playbook> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList()) {
                out.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
            return new PlaybookLibrary(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read playbooks in " + dir, e);
        }
    }

    public static Playbook parse(String file, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            throw new IllegalArgumentException(file + ":1: a playbook starts with a '---' front matter line");
        }
        Map<String, String> meta = new TreeMap<>();
        int i = 1;
        for (; i < lines.length && !lines[i].strip().equals("---"); i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected 'key: value', got '" + line + "'");
            }
            String key = line.substring(0, colon).strip();
            if (!Set.of("id", "kind", "title", "customerTypes").contains(key)) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown key '" + key
                        + "' (known: id, kind, title, customerTypes)");
            }
            meta.put(key, line.substring(colon + 1).strip());
        }
        if (i >= lines.length) {
            throw new IllegalArgumentException(file + ": the front matter is not closed by a '---' line");
        }
        Playbook.Kind kind = switch (meta.getOrDefault("kind", "")) {
            case "kit" -> Playbook.Kind.KIT;
            case "lesson" -> Playbook.Kind.LESSON;
            default -> throw new IllegalArgumentException(file + ": kind must be 'kit' or 'lesson'");
        };
        Set<String> types = Arrays.stream(meta.getOrDefault("customerTypes", "").split("[,，]"))
                .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        if (kind == Playbook.Kind.KIT && types.isEmpty()) {
            throw new IllegalArgumentException(file + ": a kit needs customerTypes (use * for the general kit)");
        }
        List<Playbook.Snippet> snippets = new ArrayList<>();
        String heading = null;
        StringBuilder body = new StringBuilder();
        for (i = i + 1; i < lines.length; i++) {
            if (lines[i].startsWith("## ")) {
                addSnippet(snippets, heading, body);
                heading = lines[i].substring(3).strip();
                body.setLength(0);
            } else if (heading != null) {
                body.append(lines[i]).append('\n');
            }
        }
        addSnippet(snippets, heading, body);
        try {
            return new Playbook(meta.get("id"), kind, meta.get("title"), types, snippets);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    private static void addSnippet(List<Playbook.Snippet> out, String heading, StringBuilder body) {
        if (heading != null) {
            out.add(new Playbook.Snippet(heading, body.toString().strip()));
        }
    }

    public Optional<Playbook> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The kits for the customer types a rep works on; the general kit when none matches. */
    public List<Playbook> kitsFor(Set<String> customerTypes) {
        List<Playbook> kits = byId.values().stream().filter(p -> p.kind() == Playbook.Kind.KIT).toList();
        List<Playbook> matching = kits.stream()
                .filter(k -> k.customerTypes().stream().anyMatch(customerTypes::contains)).toList();
        return matching.isEmpty() ? kits.stream().filter(Playbook::general).toList() : matching;
    }

    public int size() {
        return byId.size();
    }
}
