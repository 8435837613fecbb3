package com.salesbot.core.chat.port;

import com.salesbot.core.model.Require;

/**
 * R22: the best knowledge-base article for a touch, with its match score (0..1).
 *
 * @param talkTrack the start of the article's 应对话术 to show with the match, null when the matcher has none
 */
public record KnowledgeMatch(String title, double score, String talkTrack) {
    public KnowledgeMatch {
        Require.text(title, "title");
        if (score < 0 || score > 1) {
            throw new IllegalArgumentException("score out of 0..1: " + score);
        }
        if (talkTrack != null && talkTrack.isBlank()) {
            talkTrack = null;
        }
    }

    public KnowledgeMatch(String title, double score) {
        this(title, score, null);
    }
}
