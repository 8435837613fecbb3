package com.salesbot.core.chat.port;

import com.salesbot.core.model.Require;

/** R22: the best knowledge-base article for a touch, with its match score (0..1). */
public record KnowledgeMatch(String title, double score) {
    public KnowledgeMatch {
        Require.text(title, "title");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of 0..1: " + score);
        }
    }
}
