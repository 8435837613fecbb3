package com.salesbot.bot.wiring;

import com.salesbot.adapters.knowledge.KnowledgeFormatException;
import com.salesbot.adapters.knowledge.KnowledgeMatchers;
import com.salesbot.bot.startup.InvalidSettingException;
import com.salesbot.core.chat.port.KnowledgeMatcher;
import com.salesbot.core.config.BusinessConfig;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;

/** R22: the knowledge base of {@code <config-dir>/knowledge/*.md}, checked at start-up, indexed on first use or by the warm-up. */
@Factory
public class KnowledgeFactory {
    /** A malformed article stops start-up naming file and line; an empty folder only turns matching off. */
    @Singleton
    KnowledgeMatchers.LazyMatcher knowledgeMatcher(@Value("${salesbot.config-dir:./config}") String configDir,
                                      BusinessConfig config) {
        try {
            return KnowledgeMatchers.checkedNowIndexedLater(Path.of(configDir, "knowledge"), config.resultTags(),
                    config.thresholds().knowledgeMatchMinScore());
        } catch (KnowledgeFormatException e) {
            throw new InvalidSettingException("salesbot.config-dir", "knowledge article " + e.getMessage());
        }
    }
}
