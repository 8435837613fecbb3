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
 * <p>
 * Most of several hundred keywords are absent from a short chat message; a 256-bit signature of the characters a
 * keyword needs, checked against the signature of the characters the text has, skips the search of a keyword that
 * has a character the text lacks (a filter only: a keyword that passes is still searched).
 */
public final class RuleMatcher {
    private final List<TagRule> rules;
    private final Negation negation;
    /** Per rule, per keyword: the signature of its characters, {@link CharSignature#WORDS} longs each. */
    private final long[][] keywordSignatures;

    public RuleMatcher(List<TagRule> rules, Negation negation) {
        this.rules = List.copyOf(rules);
        this.negation = negation;
        this.keywordSignatures = new long[this.rules.size()][];
        for (int r = 0; r < this.rules.size(); r++) {
            List<String> keywords = this.rules.get(r).keywords();
            long[] signatures = new long[keywords.size() * CharSignature.WORDS];
            for (int k = 0; k < keywords.size(); k++) {
                CharSignature.add(keywords.get(k), signatures, k * CharSignature.WORDS);
            }
            keywordSignatures[r] = signatures;
        }
    }

    public List<TagRule> rules() {
        return rules;
    }

    public List<RuleHit> match(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        long[] has = new long[CharSignature.WORDS];
        CharSignature.add(t, has, 0);
        List<RuleHit> hits = new ArrayList<>(4);
        for (int r = 0; r < rules.size(); r++) {
            RuleHit hit = matchRule(rules.get(r), keywordSignatures[r], t, has);
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private RuleHit matchRule(TagRule rule, long[] signatures, String t, long[] has) {
        String negatedWord = null;
        List<String> keywords = rule.keywords();
        for (int k = 0; k < keywords.size(); k++) {
            if (!CharSignature.covers(has, signatures, k * CharSignature.WORDS)) {
                continue;
            }
            String kw = keywords.get(k);
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
