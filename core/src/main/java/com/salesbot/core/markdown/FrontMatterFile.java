package com.salesbot.core.markdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One Markdown file that starts with a YAML-ish front matter block, as sales-ops writes the playbooks
 * ({@code config/playbooks}) and the knowledge articles ({@code config/knowledge}):
 * <pre>
 * ---
 * id: kit-retail
 * title: 零售客户话术包
 * customerTypes: 零售, 连锁
 * ---
 * ## 开场
 * ...
 * </pre>
 * The block holds {@code key: value} lines (blank lines and {@code #} comments are skipped; a value runs to the end
 * of the line); each kind of file names the keys it knows. A byte-order mark and Windows line ends are accepted.
 * Every refusal is a {@link FrontMatterException} naming the file and, where there is one, the line. This is the
 * only parser of this format: the playbook library and the knowledge adapter both read their files through it.
 *
 * @param file          the file name shown in errors
 * @param values        key to value, in file order
 * @param lines         key to its 1-based line
 * @param body          the lines after the closing {@code ---}
 * @param bodyFirstLine the 1-based line number of {@code body.get(0)}
 */
public record FrontMatterFile(String file, Map<String, String> values, Map<String, Integer> lines, List<String> body,
                              int bodyFirstLine) {

    public FrontMatterFile {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        lines = Map.copyOf(lines);
        body = List.copyOf(body);
    }

    /** A {@code ## heading} of the body, its 1-based line and the text up to the next heading, stripped. */
    public record Section(String heading, int line, String text) {
    }

    /**
     * Parses one file.
     *
     * @param file      the name shown in errors
     * @param text      the whole file
     * @param knownKeys the keys this kind of file may have, in the order the error message lists them
     * @param what      what the file is, for the first-line error, e.g. "a playbook", "an article"
     */
    public static FrontMatterFile parse(String file, String text, List<String> knownKeys, String what) {
        String[] all = text.replace("\uFEFF", "").replace("\r\n", "\n").split("\n", -1);
        if (!all[0].strip().equals("---")) {
            throw new FrontMatterException(file, 1, what + " starts with a '---' front matter line");
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int i = 1;
        for (; i < all.length && !all[i].strip().equals("---"); i++) {
            String line = all[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new FrontMatterException(file, i + 1, "expected 'key: value', got '" + line + "'");
            }
            String key = line.substring(0, colon).strip();
            if (!knownKeys.contains(key)) {
                throw new FrontMatterException(file, i + 1,
                        "unknown key '" + key + "' (known: " + String.join(", ", knownKeys) + ")");
            }
            if (values.put(key, line.substring(colon + 1).strip()) != null) {
                throw new FrontMatterException(file, i + 1, "key '" + key + "' is given twice");
            }
            lines.put(key, i + 1);
        }
        if (i >= all.length) {
            throw new FrontMatterException(file, 0, "the front matter is not closed by a '---' line");
        }
        return new FrontMatterFile(file, values, lines, Arrays.asList(all).subList(i + 1, all.length), i + 2);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty());
    }

    /** The value of a key that must be there and not empty. */
    public String required(String key) {
        return get(key).orElseThrow(() -> new FrontMatterException(file, 0, "the front matter has no '" + key + "'"));
    }

    /** A list value: items separated by commas (half- or full-width) or 、, blanks dropped; empty when absent. */
    public List<String> list(String key) {
        return get(key).map(v -> Arrays.stream(v.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty())
                .toList()).orElse(List.of());
    }

    /** The 1-based line of a key, 0 when the key is absent. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    /** A refusal about a key's value, at the key's line. */
    public FrontMatterException invalid(String key, String message) {
        return new FrontMatterException(file, lineOf(key), message);
    }

    /** A refusal at a given line (0 for the whole file). */
    public FrontMatterException invalidAt(int line, String message) {
        return new FrontMatterException(file, line, message);
    }

    /** The body's {@code ## } sections in order; text before the first heading is not part of any section. */
    public List<Section> sections() {
        List<Section> out = new ArrayList<>();
        String heading = null;
        int headingLine = 0;
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < body.size(); k++) {
            String line = body.get(k);
            if (line.startsWith("## ")) {
                if (heading != null) {
                    out.add(new Section(heading, headingLine, text.toString().strip()));
                }
                heading = line.substring(3).strip();
                headingLine = bodyFirstLine + k;
                text.setLength(0);
            } else if (heading != null) {
                text.append(line).append('\n');
            }
        }
        if (heading != null) {
            out.add(new Section(heading, headingLine, text.toString().strip()));
        }
        return out;
    }

    /** The whole body as one text, stripped. */
    public String bodyText() {
        return String.join("\n", body).strip();
    }
}
