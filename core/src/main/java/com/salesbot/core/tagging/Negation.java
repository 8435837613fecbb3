package com.salesbot.core.tagging;

import java.util.List;

/**
 * Decides whether a rule hit is denied, as in 不是投诉, 没有要投诉的意思, 并非续费: a denial word ends right before the
 * hit, or (for words of two characters or more) at most {@link #MAX_GAP} characters before it, in the same clause
 * (clause punctuation and 但 stop the look-back). Words that express intent rather than denial (不想续费, 别退款)
 * are deliberately not in the default list: those messages are still about renewal or refunds.
 */
public final class Negation {
    public static final List<String> DEFAULT_WORDS = List.of("不是", "并非", "并不是", "没有", "谈不上", "算不上", "不算",
            "没", "无", "非");
    /** Characters allowed between a multi-character denial word and the hit: 没有要投诉, 不是想投诉. */
    public static final int MAX_GAP = 2;
    private static final String CLAUSE_BREAKS = "，。！？；,.!?;\n、~…但";

    private final List<String> words;

    public Negation(List<String> words) {
        this.words = List.copyOf(words);
    }

    public static Negation defaults() {
        return new Negation(DEFAULT_WORDS);
    }

    public List<String> words() {
        return words;
    }

    /** True when the match starting at {@code start} is denied. */
    public boolean negates(String text, int start) {
        for (String w : words) {
            int len = w.length();
            int gap = len == 1 ? 0 : MAX_GAP;
            int at = text.lastIndexOf(w, start - len);
            if (at >= 0 && at + len >= start - gap && noBreak(text, at + len, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean noBreak(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (CLAUSE_BREAKS.indexOf(text.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
