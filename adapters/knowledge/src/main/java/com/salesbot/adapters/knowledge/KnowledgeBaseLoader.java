package com.salesbot.adapters.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads every {@code *.md} of the knowledge folder except README.md; a missing folder is an empty base. */
public final class KnowledgeBaseLoader {
    private KnowledgeBaseLoader() {
    }

    public static List<KnowledgeArticle> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the knowledge folder " + dir, e);
        }
        List<KnowledgeArticle> out = new ArrayList<>();
        Map<String, String> fileById = new HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            KnowledgeArticle article = KnowledgeArticleParser.parse(name, read(f, name));
            String previous = fileById.putIfAbsent(article.id(), name);
            if (previous != null) {
                throw new KnowledgeFormatException(name + ": id '" + article.id() + "' is already used by " + previous);
            }
            out.add(article);
        }
        return List.copyOf(out);
    }

    private static String read(Path f, String name) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new KnowledgeFormatException(name + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge article " + name, e);
        }
    }
}
