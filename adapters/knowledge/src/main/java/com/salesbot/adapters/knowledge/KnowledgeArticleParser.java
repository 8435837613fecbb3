package com.salesbot.adapters.knowledge;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses one article: a front matter block ({@code ---}, {@code key: value} lines, {@code ---}) with id, title,
 * customerTypes and keywords (lists separated by commas or 、), then a Markdown body that must contain a
 * {@code ## 应对话术} section. Every refusal names the file and, where there is one, the line.
 */
public final class KnowledgeArticleParser {
    static final String TALK_TRACK_HEADING = "应对话术";
    private static final Set<String> KEYS = Set.of("id", "title", "customerTypes", "keywords");
    private static final int MAX_TITLE = 60;

    private KnowledgeArticleParser() {
    }

    public static KnowledgeArticle parse(String file, String text) {
        String[] lines = text.replace("\uFEFF", "").replace("\r\n", "\n").split("\n", -1);
        if (!lines[0].strip().equals("---")) {
            throw fail(file, 1, "an article starts with a '---' front matter line");
        }
        Map<String, String> meta = new HashMap<>();
        Map<String, Integer> metaLine = new HashMap<>();
        int i = 1;
        for (; i < lines.length && !lines[i].strip().equals("---"); i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw fail(file, i + 1, "expected 'key: value', got '" + line + "'");
            }
            String key = line.substring(0, colon).strip();
            if (!KEYS.contains(key)) {
                throw fail(file, i + 1, "unknown key '" + key + "' (known: id, title, customerTypes, keywords)");
            }
            if (meta.put(key, line.substring(colon + 1).strip()) != null) {
                throw fail(file, i + 1, "key '" + key + "' is given twice");
            }
            metaLine.put(key, i + 1);
        }
        if (i >= lines.length) {
            throw new KnowledgeFormatException(file + ": the front matter is not closed by a '---' line");
        }
        String id = required(file, meta, "id");
        if (!id.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw fail(file, metaLine.get("id"), "id '" + id + "' must be lower-case letters, digits, - or _");
        }
        String title = required(file, meta, "title");
        if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            throw fail(file, metaLine.get("title"), "title is longer than " + MAX_TITLE + " characters");
        }
        String[] bodyLines = Arrays.copyOfRange(lines, i + 1, lines.length);
        String talkTrack = talkTrack(file, bodyLines, i + 2);
        return new KnowledgeArticle(id, title, list(meta.get("customerTypes")), list(meta.get("keywords")),
                String.join("\n", bodyLines).strip(), talkTrack, file);
    }

    private static String talkTrack(String file, String[] body, int firstLineNo) {
        int start = -1;
        for (int k = 0; k < body.length; k++) {
            if (body[k].startsWith("## ") && body[k].substring(3).strip().equals(TALK_TRACK_HEADING)) {
                if (start >= 0) {
                    throw fail(file, firstLineNo + k, "a second '## " + TALK_TRACK_HEADING + "' section");
                }
                start = k + 1;
            }
        }
        if (start < 0) {
            throw new KnowledgeFormatException(file + ": no '## " + TALK_TRACK_HEADING + "' section");
        }
        StringBuilder out = new StringBuilder();
        for (int k = start; k < body.length && !body[k].startsWith("## "); k++) {
            out.append(body[k]).append('\n');
        }
        String text = out.toString().strip();
        if (text.isEmpty()) {
            throw fail(file, firstLineNo + start - 1, "the '## " + TALK_TRACK_HEADING + "' section is empty");
        }
        return text;
    }

    private static String required(String file, Map<String, String> meta, String key) {
        String value = meta.get(key);
        if (value == null || value.isEmpty()) {
            throw new KnowledgeFormatException(file + ": the front matter has no '" + key + "'");
        }
        return value;
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,，、]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static KnowledgeFormatException fail(String file, int line, String message) {
        return new KnowledgeFormatException(file + ":" + line + ": " + message);
    }
}
