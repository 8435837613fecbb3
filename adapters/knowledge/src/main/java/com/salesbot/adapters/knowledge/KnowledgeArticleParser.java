package com.salesbot.adapters.knowledge;

import com.salesbot.core.markdown.FrontMatterException;
import com.salesbot.core.markdown.FrontMatterFile;
import java.util.List;

/**
 * Parses one article with core's {@link FrontMatterFile}: a front matter block with id, title, customerTypes and
 * keywords (lists separated by commas or 、), then a Markdown body that must contain a {@code ## 应对话术}
 * section. Every refusal is a {@link KnowledgeFormatException} naming the file and, where there is one, the line.
 */
public final class KnowledgeArticleParser {
    static final String TALK_TRACK_HEADING = "应对话术";
    private static final List<String> KEYS = List.of("id", "title", "customerTypes", "keywords");
    private static final int MAX_TITLE = 60;

    private KnowledgeArticleParser() {
    }

    public static KnowledgeArticle parse(String file, String text) {
        try {
            return read(FrontMatterFile.parse(file, text, KEYS, "an article"));
        } catch (FrontMatterException e) {
            throw new KnowledgeFormatException(e.getMessage(), e);
        }
    }

    private static KnowledgeArticle read(FrontMatterFile doc) {
        String id = doc.required("id");
        if (!id.matches("[a-z0-9][a-z0-9_-]{0,63}")) {
            throw doc.invalid("id", "id '" + id + "' must be lower-case letters, digits, - or _");
        }
        String title = doc.required("title");
        if (title.codePointCount(0, title.length()) > MAX_TITLE) {
            throw doc.invalid("title", "title is longer than " + MAX_TITLE + " characters");
        }
        return new KnowledgeArticle(id, title, doc.list("customerTypes"), doc.list("keywords"), doc.bodyText(),
                talkTrack(doc), doc.file());
    }

    private static String talkTrack(FrontMatterFile doc) {
        List<FrontMatterFile.Section> tracks = doc.sections().stream()
                .filter(s -> s.heading().equals(TALK_TRACK_HEADING)).toList();
        if (tracks.isEmpty()) {
            throw doc.invalidAt(0, "no '## " + TALK_TRACK_HEADING + "' section");
        }
        if (tracks.size() > 1) {
            throw doc.invalidAt(tracks.get(1).line(), "a second '## " + TALK_TRACK_HEADING + "' section");
        }
        if (tracks.get(0).text().isEmpty()) {
            throw doc.invalidAt(tracks.get(0).line(), "the '## " + TALK_TRACK_HEADING + "' section is empty");
        }
        return tracks.get(0).text();
    }
}
