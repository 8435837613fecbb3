package com.salesbot.core.tagging;

import com.salesbot.core.config.BusinessConfig;
import com.salesbot.core.model.TagKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The shipped config/tagging folder and small hand-made rule sets for core tests. */
final class TaggingFixtures {
    static final Path SHIPPED = Path.of("../config/tagging");

    private TaggingFixtures() {
    }

    static TaggingRules shippedRules() {
        return new TaggingRulesReader(BusinessConfig.defaultScenarios()).read(SHIPPED, "config/tagging");
    }

    static ComplianceRules shippedCompliance() {
        return new ComplianceRulesReader().read(SHIPPED, "config/tagging");
    }

    static TagRule keywords(String name, String tag, double confidence, String... words) {
        return new TagRule(name, TagKind.SCENARIO, tag, confidence, List.of(words), List.of());
    }

    static TagRule signal(String name, String tag, String... words) {
        return new TagRule(name, TagKind.SIGNAL, tag, 0.9, List.of(words), List.of());
    }

    static TagRule pattern(String name, String tag, String regex) {
        return new TagRule(name, TagKind.SCENARIO, tag, 0.8, List.of(), List.of(Pattern.compile(regex)));
    }

    /** A classifier that answers fixed scores per text. */
    static TextClassifier classifier(Map<String, List<ClassScore>> answers) {
        return text -> answers.getOrDefault(text, List.of());
    }
}
