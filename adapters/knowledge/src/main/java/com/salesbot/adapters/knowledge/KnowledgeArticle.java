package com.salesbot.adapters.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One knowledge-base article of {@code config/knowledge/*.md}.
 *
 * @param id            stable id from the front matter
 * @param title         shown to the rep, e.g. 制造业客户常见降本诉求
 * @param customerTypes industries / customer types the article is written for, may be empty
 * @param keywords      pain-point words sales-ops expects reps to use, may be empty
 * @param body          the whole Markdown body after the front matter
 * @param talkTrack     the text of the {@code ## 应对话术} section
 * @param file          the file name, for error messages
 */
public record KnowledgeArticle(String id, String title, List<String> customerTypes, List<String> keywords,
                               String body, String talkTrack, String file) {
    public KnowledgeArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        customerTypes = List.copyOf(customerTypes);
        keywords = List.copyOf(keywords);
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(talkTrack, "talkTrack");
    }
}
