package com.salesbot.adapters.knowledge;

import com.salesbot.core.chat.port.KnowledgeMatcher;
import com.salesbot.core.config.Choice;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the R22 matcher from the knowledge folder once, at start-up. */
public final class KnowledgeMatchers {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeMatchers.class);

    private KnowledgeMatchers() {
    }

    /**
     * The matcher over every article of {@code dir}; {@link KnowledgeMatcher#NONE} (logged once, here) when the
     * folder is missing or holds no article.
     *
     * @throws KnowledgeFormatException naming the file (and line) of the first malformed article
     */
    public static KnowledgeMatcher fromFolder(Path dir, List<Choice> resultTags, double minScore) {
        List<KnowledgeArticle> articles = KnowledgeBaseLoader.load(dir);
        if (articles.isEmpty()) {
            LOG.info("Knowledge base {} is empty: no article is suggested after a result tag (R22)", dir);
            return KnowledgeMatcher.NONE;
        }
        LOG.info("Knowledge base: {} articles from {}", articles.size(), dir);
        return new LuceneKnowledgeMatcher(KnowledgeIndex.build(articles), new TouchPainPoint(resultTags), minScore);
    }

    /**
     * Like {@link #fromFolder}, but only reads and checks the articles now (a malformed one still throws here);
     * the Lucene index, whose Chinese dictionaries take about a second to load, is built on first use or by
     * {@link LazyMatcher#warmUp()}.
     */
    public static LazyMatcher checkedNowIndexedLater(Path dir, List<Choice> resultTags, double minScore) {
        List<KnowledgeArticle> articles = KnowledgeBaseLoader.load(dir);
        if (articles.isEmpty()) {
            LOG.info("Knowledge base {} is empty: no article is suggested after a result tag (R22)", dir);
            return new LazyMatcher(() -> KnowledgeMatcher.NONE);
        }
        LOG.info("Knowledge base: {} articles from {}", articles.size(), dir);
        return new LazyMatcher(() -> new LuceneKnowledgeMatcher(KnowledgeIndex.build(articles),
                new TouchPainPoint(resultTags), minScore));
    }

    /** A matcher whose index is built once, on first use or on warm-up, whichever comes first. */
    public static final class LazyMatcher implements KnowledgeMatcher {
        private final java.util.function.Supplier<KnowledgeMatcher> build;
        private volatile KnowledgeMatcher built;

        LazyMatcher(java.util.function.Supplier<KnowledgeMatcher> build) {
            this.build = build;
        }

        public void warmUp() {
            delegate();
        }

        @Override
        public java.util.Optional<com.salesbot.core.chat.port.KnowledgeMatch> bestMatch(
                com.salesbot.core.model.Touch taggedTouch) {
            return delegate().bestMatch(taggedTouch);
        }

        private KnowledgeMatcher delegate() {
            KnowledgeMatcher m = built;
            if (m == null) {
                synchronized (this) {
                    if (built == null) {
                        built = build.get();
                    }
                    m = built;
                }
            }
            return m;
        }
    }
}
