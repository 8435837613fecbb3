package com.salesbot.adapters.knowledge;

import com.salesbot.core.chat.port.KnowledgeMatch;
import com.salesbot.core.chat.port.KnowledgeMatcher;
import com.salesbot.core.model.Touch;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** R22 port over the Lucene knowledge index: the best article at or above the minimum score, else nothing. */
public final class LuceneKnowledgeMatcher implements KnowledgeMatcher {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneKnowledgeMatcher.class);

    private final KnowledgeIndex index;
    private final Function<Touch, String> painPoint;
    private final double minScore;

    public LuceneKnowledgeMatcher(KnowledgeIndex index, Function<Touch, String> painPoint, double minScore) {
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minimum score out of 0..1: " + minScore);
        }
        this.index = index;
        this.painPoint = painPoint;
        this.minScore = minScore;
    }

    /** The best article for free text at or above the minimum score, with its talk-track snippet. */
    public Optional<KnowledgeHit> match(String text) {
        return index.best(text).filter(hit -> hit.score() >= minScore);
    }

    @Override
    public Optional<KnowledgeMatch> bestMatch(Touch taggedTouch) {
        Optional<KnowledgeHit> hit = match(painPoint.apply(taggedTouch));
        hit.ifPresent(h -> LOG.debug("touch {} matched knowledge article {} at {}", taggedTouch.id(),
                h.article().id(), h.score()));
        return hit.map(h -> new KnowledgeMatch(h.article().title(), h.score(), h.snippet()));
    }
}
