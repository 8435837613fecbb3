package com.salesbot.core.tagging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** Reads a line-based config file: UTF-8, '#' comments and blank lines skipped, fields split on tabs. */
final class ConfigLines {
    private final String shown;
    private final List<String> problems;

    ConfigLines(String shown, List<String> problems) {
        this.shown = shown;
        this.problems = problems;
    }

    /** Calls back with (line number, tab-separated fields) for each content line; a missing file is a problem. */
    void read(Path file, BiConsumer<Integer, String[]> onLine) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problems.add(shown + ": cannot be read (" + e.getClass().getSimpleName() + ")");
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (String f : line.split("\t+")) {
                fields.add(f.strip());
            }
            onLine.accept(i + 1, fields.toArray(String[]::new));
        }
    }

    void problem(int line, String what) {
        problems.add(shown + " line " + line + ": " + what);
    }
}
