package com.salesbot.bot.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository stands alone: no source, doc or configuration file points at a file outside it (the original
 * brief, a notes folder, a machine path). The design lives in docs/design.md, platform facts in docs/platforms.md.
 */
class StandaloneRepositoryTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> SKIPPED_DIRS = Set.of(".git", "target", "data", "node_modules", ".idea");
    private static final Set<String> TEXT = Set.of("java", "md", "yml", "yaml", "xml", "properties", "js", "html",
            "css", "sh", "tsv", "txt", "json", "sql", "Dockerfile");
    // assembled so that this file does not match what it looks for
    private static final List<String> FORBIDDEN = List.of(".." + "/shared", "DESIGN" + ".md", "notes" + "/wecom",
            "notes" + "/stack", "notes" + "/dingtalk", "notes" + "/shape", "/" + "work" + "/");

    @Test
    void noFileReferencesSomethingOutsideTheRepository() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path f : files.filter(Files::isRegularFile).filter(StandaloneRepositoryTest::scanned).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                for (String bad : FORBIDDEN) {
                    if (text.contains(bad)) {
                        hits.add(ROOT.relativize(f) + " mentions " + bad);
                    }
                }
            }
        }
        assertThat(hits).isEmpty();
    }

    @Test
    void theDesignAndPlatformDocumentsExist() {
        assertThat(ROOT.resolve("docs/design.md")).isRegularFile();
        assertThat(ROOT.resolve("docs/platforms.md")).isRegularFile();
    }

    private static boolean scanned(Path f) {
        for (Path part : ROOT.relativize(f)) {
            if (SKIPPED_DIRS.contains(part.toString())) {
                return false;
            }
        }
        String name = f.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TEXT.contains(dot < 0 ? name : name.substring(dot + 1));
    }
}
