package com.salesbot.core.tagging;

import com.salesbot.core.model.TagKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One admin-editable rule from config/tagging/rules.tsv: any of its keywords (plain substrings) or patterns
 * (precompiled regular expressions) puts the tag on a text, unless the hit is negated (不是投诉).
 *
 * @param name       shown as evidence, e.g. 投诉-关键词
 * @param confidence the confidence a hit gives, 0..1
 */
public record TagRule(String name, TagKind kind, String tag, double confidence, List<String> keywords,
                      List<Pattern> patterns) {
    public TagRule {
        if (name == null || name.isBlank() || tag == null || tag.isBlank() || kind == null) {
            throw new IllegalArgumentException("a rule needs a name, a kind and a tag");
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("rule confidence out of (0, 1]: " + confidence);
        }
        keywords = List.copyOf(keywords);
        patterns = List.copyOf(patterns);
        if (keywords.isEmpty() && patterns.isEmpty()) {
            throw new IllegalArgumentException("rule " + name + " has no keyword and no pattern");
        }
    }
}
