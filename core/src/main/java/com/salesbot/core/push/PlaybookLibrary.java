package com.salesbot.core.push;

import com.salesbot.core.markdown.FrontMatterException;
import com.salesbot.core.markdown.FrontMatterFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The talk-track kits and micro-lessons of {@code config/playbooks/*.md}. Each file starts with a front matter
 * block ({@code ---}, {@code key: value} lines for id, kind (kit/lesson), title, customerTypes, {@code ---}),
 * followed by {@code ## } sections. A bad file is refused with its name and line, so sales-ops sees the mistake.
 */
public final class PlaybookLibrary {
    private static final List<String> KEYS = List.of("id", "kind", "title", "customerTypes");
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

    /** Parses one playbook file; a mistake is a {@link FrontMatterException} naming the file and line. */
    public static Playbook parse(String file, String text) {
        FrontMatterFile doc = FrontMatterFile.parse(file, text, KEYS, "a playbook");
        Playbook.Kind kind = switch (doc.get("kind").orElse("")) {
            case "kit" -> Playbook.Kind.KIT;
            case "lesson" -> Playbook.Kind.LESSON;
            default -> throw doc.invalid("kind", "kind must be 'kit' or 'lesson'");
        };
        Set<String> types = new LinkedHashSet<>(doc.list("customerTypes"));
        if (kind == Playbook.Kind.KIT && types.isEmpty()) {
            throw doc.invalid("customerTypes", "a kit needs customerTypes (use * for the general kit)");
        }
        List<Playbook.Snippet> snippets = doc.sections().stream()
                .map(s -> new Playbook.Snippet(s.heading(), s.text())).toList();
        try {
            return new Playbook(doc.get("id").orElse(null), kind, doc.get("title").orElse(null), types, snippets);
        } catch (IllegalArgumentException e) {
            throw doc.invalidAt(0, e.getMessage());
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
