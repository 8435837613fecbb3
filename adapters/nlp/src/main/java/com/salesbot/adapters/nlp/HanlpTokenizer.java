package com.salesbot.adapters.nlp;

import com.hankcs.hanlp.classification.tokenizers.ITokenizer;
import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.utility.Predefine;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.Locale;

/**
 * Classifier features: HanLP words plus Chinese character bigrams (marked with {@link #BIGRAM}). Words come from
 * HanLP's double-array-trie dictionary segmenter (longest match on the core and custom dictionaries): about 5 µs for
 * a 35-character message where the Viterbi segmenter took about 200 µs, and the bigrams make up for its cruder cuts. Words are
 * lower-cased; punctuation, whitespace and HanLP's stop words (了, 的, 你们 ...) dropped from the words.
 * Thread-safe: HanLP's segmenters keep no per-call state in the instance.
 */
final class HanlpTokenizer implements ITokenizer {
    private static final long serialVersionUID = 1L;
    /** Marks bigram features so they never collide with a word of the same two characters. */
    static final String BIGRAM = "~";
    private final transient Segment segment;

    HanlpTokenizer() {
        this.segment = quietly(() -> new DoubleArrayTrieSegment().enableCustomDictionary(true));
    }

    /**
     * HanLP warns on stderr (java.util.logging) at every start that a user dictionary on a dictionary segmenter is
     * wasteful; we want exactly that (the custom dictionary carries the product terms), so the warning is held back.
     */
    private static Segment quietly(Supplier<Segment> build) {
        Level before = Predefine.logger.getLevel();
        Predefine.logger.setLevel(Level.SEVERE);
        try {
            return build.get();
        } finally {
            Predefine.logger.setLevel(before);
        }
    }

    @Override
    public String[] segment(String text) {
        List<String> words = words(text);
        addBigrams(text, words);
        return words.toArray(String[]::new);
    }

    /** The lower-cased words of the text, without punctuation and stop words. */
    List<String> words(String text) {
        List<Term> terms = segment.seg(text);
        List<String> words = new ArrayList<>(terms.size() + text.length());
        for (Term t : terms) {
            String w = t.word.strip();
            if (!w.isEmpty() && !isPunctuation(w, t) && !CoreStopWordDictionary.contains(w)) {
                words.add(w.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** Character bigrams inside runs of Chinese characters: robust to segmentation errors on short chat text. */
    private static void addBigrams(String text, List<String> out) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i);
            char b = text.charAt(i + 1);
            if (isHan(a) && isHan(b)) {
                out.add(BIGRAM + a + b);
            }
        }
    }

    private static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    private static boolean isPunctuation(String w, Term t) {
        if (t.nature != null && t.nature.startsWith("w")) {
            return true;
        }
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetterOrDigit(w.charAt(i)) || Character.getType(w.charAt(i)) == Character.OTHER_SYMBOL) {
                return false;
            }
        }
        return true;
    }
}
