package com.salesbot.adapters.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's SmartChineseAnalyzer (HMM word segmentation) with its punctuation stop set plus the Chinese function
 * words of {@code stopwords.txt}. Tokens made only of digits, '.' or '%' are dropped as well: "贵30%" is about
 * price, the number says nothing about which article fits.
 */
final class KnowledgeAnalyzer {
    private KnowledgeAnalyzer() {
    }

    static Analyzer create() {
        CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        stop.addAll(stopWords());
        return new SmartChineseAnalyzer(stop);
    }

    /** The distinct terms of already normalised text, in order of first occurrence, with their counts. */
    static Map<String, Integer> terms(Analyzer analyzer, String field, String text) {
        Map<String, Integer> terms = new LinkedHashMap<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (!isNumber(t)) {
                    terms.merge(t, 1, Integer::sum);
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
        return terms;
    }

    static boolean isNumber(String token) {
        return token.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == '%');
    }

    private static List<String> stopWords() {
        try (InputStream in = KnowledgeAnalyzer.class.getResourceAsStream("stopwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("stopwords.txt missing from the classpath");
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    out.add(w);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read stopwords.txt", e);
        }
    }
}
