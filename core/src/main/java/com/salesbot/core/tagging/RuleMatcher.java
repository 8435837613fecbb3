package com.salesbot.core.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the rules that match a text. Keywords are plain substrings (lower-cased, so pinyin and English match in any
 * case); patterns are compiled once at load. A rule hits when any match is not negated; it is reported as negated
 * when every match is.
 */
public final class RuleMatcher {
    private final List<TagRule> rules;
    private final Negation negation;

    public RuleMatcher(List<TagRule> rules, Negation negation) {
        this.rules = List.copyOf(rules);
        this.negation = negation;
    }

    public List<TagRule> rules() {
        return rules;
    }

    public List<RuleHit> match(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<RuleHit> hits = new ArrayList<>(4);
        for (TagRule rule : rules) {
            RuleHit hit = matchRule(rule, t);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private RuleHit matchRule(TagRule rule, String t) {
        String negatedWord = null;
        for (String kw : rule.keywords()) {
            int at = t.indexOf(kw);
            while (at >= 0) {
                if (!negation.negates(t, at)) {
                    return new RuleHit(rule, kw, false);
                }
                negatedWord = kw;
                at = t.indexOf(kw, at + 1);
            }
        }
        for (Pattern p : rule.patterns()) {
            Matcher m = p.matcher(t);
            while (m.find()) {
                if (!negation.negates(t, m.start())) {
                    return new RuleHit(rule, m.group(), false);
                }
                negatedWord = m.group();
            }
        }
        return negatedWord == null ? null : new RuleHit(rule, negatedWord, true);
    }
}
