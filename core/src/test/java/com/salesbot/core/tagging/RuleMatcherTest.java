package com.salesbot.core.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.config.BusinessConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The matcher skips a keyword whose characters the text lacks (a 256-bit character signature); these tests check
 * that the skip never changes a result: on every labelled message shipped with the product, against a plain
 * search of every keyword, and on keywords built to share signature bits with characters the text has.
 */
class RuleMatcherTest {

    @Test
    void findsExactlyWhatAPlainSearchOfEveryKeywordFindsOnEveryLabelledMessage() throws Exception {
        TaggingRules rules = TaggingFixtures.shippedRules();
        RuleMatcher matcher = new RuleMatcher(rules.rules(), rules.negation());
        List<String> texts = labelledTexts();
        assertThat(texts).hasSizeGreaterThan(2000);
        int hits = 0;
        for (String text : texts) {
            List<RuleHit> expected = plainSearch(rules.rules(), rules.negation(), text);
            assertThat(matcher.match(text)).as(text).isEqualTo(expected);
            hits += expected.size();
        }
        // the comparison is only worth something if the rules actually fire on the corpus
        assertThat(hits).isGreaterThan(texts.size() / 4);
    }

    @Test
    void keywordsThatShareSignatureBitsStillMatchOnlyWhenPresent() {
        char present = '价';
        char twin = twinOf(present);
        TagRule rule = TaggingFixtures.keywords("r", "询价", 0.9, "询" + twin, "询价");
        RuleMatcher matcher = new RuleMatcher(List.of(rule), Negation.defaults());
        // the twin's bit is set by 价, so the signature lets 询<twin> through to the search, which must still miss it
        assertThat(matcher.match("想询价一下")).extracting(RuleHit::matched).containsExactly("询价");
        assertThat(matcher.match("想询" + twin + "一下")).extracting(RuleHit::matched).containsExactly("询" + twin);
        assertThat(matcher.match("想问一下")).isEmpty();
    }

    @Test
    void aKeywordWithACharacterTheTextLacksIsNotCoveredAndOneWithAllItsCharactersIs() {
        long[] has = new long[CharSignature.WORDS];
        CharSignature.add("续费到期", has, 0);
        long[] needs = new long[CharSignature.WORDS * 3];
        CharSignature.add("续费", needs, 0);
        CharSignature.add("到期续", needs, CharSignature.WORDS);
        CharSignature.add("", needs, 2 * CharSignature.WORDS);
        assertThat(CharSignature.covers(has, needs, 0)).isTrue();
        assertThat(CharSignature.covers(has, needs, CharSignature.WORDS)).isTrue();
        assertThat(CharSignature.covers(has, needs, 2 * CharSignature.WORDS)).isTrue();
        long[] other = new long[CharSignature.WORDS];
        char absent = firstCharWithABitNotIn(has);
        CharSignature.add("续" + absent, other, 0);
        assertThat(CharSignature.covers(has, other, 0)).isFalse();
    }

    /** The search the matcher did before the signature: every keyword of every rule, then every pattern. */
    private static List<RuleHit> plainSearch(List<TagRule> rules, Negation negation, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        List<RuleHit> hits = new ArrayList<>();
        for (TagRule rule : rules) {
            RuleHit hit = null;
            String negatedWord = null;
            search:
            for (String kw : rule.keywords()) {
                for (int at = t.indexOf(kw); at >= 0; at = t.indexOf(kw, at + 1)) {
                    if (!negation.negates(t, at)) {
                        hit = new RuleHit(rule, kw, false);
                        break search;
                    }
                    negatedWord = kw;
                }
            }
            if (hit == null) {
                patterns:
                for (Pattern p : rule.patterns()) {
                    Matcher m = p.matcher(t);
                    while (m.find()) {
                        if (!negation.negates(t, m.start())) {
                            hit = new RuleHit(rule, m.group(), false);
                            break patterns;
                        }
                        negatedWord = m.group();
                    }
                }
            }
            if (hit == null && negatedWord != null) {
                hit = new RuleHit(rule, negatedWord, true);
            }
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    private static List<String> labelledTexts() throws Exception {
        List<String> texts = new ArrayList<>();
        for (String split : List.of("train.tsv", "dev.tsv", "test.tsv", "compliance.tsv")) {
            try (Stream<String> lines = Files.lines(TaggingFixtures.SHIPPED.resolve("labelled").resolve(split))) {
                lines.filter(l -> !l.isBlank() && !l.startsWith("#"))
                        .map(l -> l.substring(l.indexOf('\t') + 1))
                        .forEach(texts::add);
            }
        }
        texts.add("不是投诉哈，就是想问下价格");
        texts.add("HI, WHAT'S THE PRICE? 报价单 RENEW");
        return texts;
    }

    /** Another CJK character whose signature bit is the same as {@code c}'s. */
    private static char twinOf(char c) {
        long[] mine = new long[CharSignature.WORDS];
        CharSignature.add(String.valueOf(c), mine, 0);
        for (char x = '\u4e00'; x <= '\u9fff'; x++) {
            long[] other = new long[CharSignature.WORDS];
            CharSignature.add(String.valueOf(x), other, 0);
            if (x != c && java.util.Arrays.equals(mine, other)) {
                return x;
            }
        }
        throw new AssertionError("no twin");
    }

    private static char firstCharWithABitNotIn(long[] has) {
        for (char x = '\u4e00'; x <= '\u9fff'; x++) {
            long[] one = new long[CharSignature.WORDS];
            CharSignature.add(String.valueOf(x), one, 0);
            if (!CharSignature.covers(has, one, 0)) {
                return x;
            }
        }
        throw new AssertionError("every bit set");
    }
}
