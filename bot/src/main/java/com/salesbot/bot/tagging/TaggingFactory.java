package com.salesbot.bot.tagging;

import com.salesbot.adapters.nlp.LinearTextClassifier;
import com.salesbot.bot.startup.InvalidSettingException;
import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.port.ConversationStore;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.tagging.ComplianceRulesReader;
import com.salesbot.core.tagging.ComplianceScanner;
import com.salesbot.core.tagging.CustomerTagWriter;
import com.salesbot.core.tagging.IdleGapSplitter;
import com.salesbot.core.tagging.IngestConversations;
import com.salesbot.core.tagging.KnownPrices;
import com.salesbot.core.tagging.LabelledExample;
import com.salesbot.core.tagging.LabelledExamplesReader;
import com.salesbot.core.tagging.MessageTagger;
import com.salesbot.core.tagging.PriceSensitiveCounter;
import com.salesbot.core.tagging.RuleMatcher;
import com.salesbot.core.tagging.Tagger;
import com.salesbot.core.tagging.TaggingAlerts;
import com.salesbot.core.tagging.TaggingConfigException;
import com.salesbot.core.tagging.TaggingRules;
import com.salesbot.core.tagging.TaggingRulesReader;
import com.salesbot.core.tagging.TextClassifier;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Conversation tagging (R12, R16, R19) from config/tagging/: rules, compliance registries and the classifier,
 * trained at start-up on labelled/train.tsv and calibrated on labelled/dev.tsv (docs/tagging.md). A bad file stops
 * start-up with file and line.
 */
@Factory
public class TaggingFactory {
    static final String FOLDER = "tagging";

    private final Path folder;
    private final String shown;

    public TaggingFactory(@Value("${salesbot.config-dir:./config}") String configDir) {
        this.folder = Path.of(configDir).resolve(FOLDER);
        this.shown = Path.of(configDir).normalize() + "/" + FOLDER;
    }

    @Singleton
    TaggingRules taggingRules(BusinessConfig config) {
        return checked(() -> new TaggingRulesReader(config.scenarios()).read(folder, shown));
    }

    /**
     * The examples are read and checked now (a bad file stops start-up); training, which loads HanLP's
     * dictionaries, happens on first use or in the warm-up right after start-up.
     */
    @Singleton
    LazyClassifier textClassifier(BusinessConfig config, TaggingRules rules) {
        var reader = new LabelledExamplesReader(config.scenarios());
        var train = checked(() -> reader.read(folder, shown, LabelledExample.TRAIN));
        var dev = checked(() -> reader.read(folder, shown, LabelledExample.DEV));
        var labels = config.scenarios().stream().map(c -> c.label()).toList();
        return new LazyClassifier(com.salesbot.bot.wiring.Lazy.of(() -> LinearTextClassifier.train(train, dev, labels,
                LinearTextClassifier.Options.DEFAULT, new RuleMatcher(rules.rules(), rules.negation()))));
    }

    /** A classifier trained once, on first use or on warm-up. */
    public static final class LazyClassifier implements TextClassifier {
        private final com.salesbot.bot.wiring.Lazy<TextClassifier> trained;

        LazyClassifier(com.salesbot.bot.wiring.Lazy<TextClassifier> trained) {
            this.trained = trained;
        }

        public void warmUp() {
            trained.get();
        }

        @Override
        public java.util.List<com.salesbot.core.tagging.ClassScore> classify(String text) {
            return trained.get().classify(text);
        }

        @Override
        public java.util.List<com.salesbot.core.tagging.ClassScore> classify(String text,
                java.util.List<com.salesbot.core.tagging.RuleHit> ruleHits) {
            return trained.get().classify(text, ruleHits);
        }

        @Override
        public boolean weighsRules() {
            return trained.get().weighsRules();
        }

        @Override
        public boolean multiLabel() {
            return trained.get().multiLabel();
        }
    }

    @Singleton
    MessageTagger messageTagger(TaggingRules rules, TextClassifier classifier, KnownPrices knownPrices) {
        return new MessageTagger(new Tagger(rules, classifier),
                new ComplianceScanner(checked(() -> new ComplianceRulesReader().read(folder, shown)), knownPrices));
    }

    @Singleton
    IngestConversations ingestConversations(ConversationStore store, CustomerStore customers, MessageTagger tagger,
                                            BusinessConfig config, Transactions transactions,
                                            CounterStore counters, TaggingAlerts alerts,
                                            CustomerTagWriter tagWriter) {
        return new IngestConversations(store, customers, tagger,
                IdleGapSplitter.ofMinutes(config.thresholds().conversationIdleMinutes()), transactions,
                new PriceSensitiveCounter(config.thresholds(), counters), alerts, tagWriter);
    }

    private <T> T checked(Supplier<T> read) {
        try {
            return read.get();
        } catch (TaggingConfigException e) {
            throw new InvalidSettingException("salesbot.config-dir", e.problems().size()
                    + " problem(s) in the tagging configuration:\n  " + String.join("\n  ", e.problems()));
        }
    }
}
