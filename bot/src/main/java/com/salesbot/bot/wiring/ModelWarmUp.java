package com.salesbot.bot.wiring;

import com.salesbot.adapters.knowledge.KnowledgeMatchers;
import com.salesbot.bot.tagging.TaggingFactory;
import io.micronaut.context.BeanProvider;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the text models (tagging classifier, knowledge index) on a background thread once the server answers,
 * so start-up stays short and the first tagged message or result tag does not pay for loading dictionaries.
 */
@Singleton
public class ModelWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(ModelWarmUp.class);

    private final BeanProvider<TaggingFactory.LazyClassifier> classifier;
    private final BeanProvider<KnowledgeMatchers.LazyMatcher> knowledge;

    public ModelWarmUp(BeanProvider<TaggingFactory.LazyClassifier> classifier,
                       BeanProvider<KnowledgeMatchers.LazyMatcher> knowledge) {
        this.classifier = classifier;
        this.knowledge = knowledge;
    }

    @EventListener
    void onStartup(ServerStartupEvent event) {
        Thread t = new Thread(this::warmUp, "salesbot-model-warm-up");
        t.setDaemon(true);
        t.start();
    }

    void warmUp() {
        long start = System.nanoTime();
        try {
            classifier.ifPresent(TaggingFactory.LazyClassifier::warmUp);
            knowledge.ifPresent(KnowledgeMatchers.LazyMatcher::warmUp);
            LOG.info("text models ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.error("text models could not be built; tagging and knowledge matching will retry on first use", e);
        }
    }
}
