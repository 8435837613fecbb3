package com.salesbot.adapters.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The classifier's features of a text: HanLP words ({@link HanlpTokenizer}, stop words dropped) and character 1-3
 * grams of the normalised text, plus optional named features (the tagging rules' hits) (full-width forms folded to ASCII, lower-cased, every digit read as 0 so amounts
 * generalise, whitespace dropped). The dictionary is built from the training texts; unknown features are ignored.
 * A text's vector is binary and L2-normalised. Read-only after {@link #freeze()}, then thread-safe.
 */
final class TextFeatures {
    private static final int MAX_N = 3;

    private final HanlpTokenizer tokenizer;
    private final boolean useWords;
    private final Map<String, Integer> words = new HashMap<>();
    private final LongIntMap grams = new LongIntMap(1 << 15);
    private final List<String> names = new ArrayList<>();
    private final java.util.BitSet named = new java.util.BitSet();
    private final java.util.BitSet showable = new java.util.BitSet();
    private boolean frozen;

    TextFeatures(HanlpTokenizer tokenizer, boolean useWords) {
        this.tokenizer = tokenizer;
        this.useWords = useWords;
    }

    /**
     * Ids (sorted, distinct) of the text's features and of the further named features {@code extra} (the rule
     * hits, looked up like words); while not frozen, new features are added.
     */
    int[] ids(String text, List<String> extra) {
        int[] buf = new int[text.length() * MAX_N + 16];
        int n = 0;
        if (useWords) {
            for (String w : tokenizer.words(text)) {
                int id = frozen ? words.getOrDefault(w, -1) : words.computeIfAbsent(w, k -> add(k));
                if (id >= 0) {
                    buf = ensure(buf, n);
                    buf[n++] = id;
                }
            }
        }
        for (String x : extra) {
            int id = frozen ? words.getOrDefault(x, -1) : words.computeIfAbsent(x, this::addNamed);
            if (id >= 0) {
                buf = ensure(buf, n);
                buf[n++] = id;
            }
        }
        char[] c = normalise(text);
        for (int i = 0; i < c.length; i++) {
            long key = 0;
            for (int len = 1; len <= MAX_N && i + len <= c.length; len++) {
                key = (key << 16) | c[i + len - 1];
                long k = ((long) len << 48) | key;
                int id = grams.get(k);
                if (id < 0 && !frozen) {
                    id = grams.putIfAbsent(k, names.size());
                    if (id == names.size()) {
                        names.add(new String(c, i, len));
                    }
                }
                if (id >= 0) {
                    buf = ensure(buf, n);
                    buf[n++] = id;
                }
            }
        }
        Arrays.sort(buf, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || buf[distinct - 1] != buf[i]) {
                buf[distinct++] = buf[i];
            }
        }
        return Arrays.copyOf(buf, distinct);
    }

    void freeze() {
        frozen = true;
        for (int id = 0; id < names.size(); id++) {
            if (computeShowable(id)) {
                showable.set(id);
            }
        }
    }

    int size() {
        return names.size();
    }

    /** What a feature looks like in the evidence: the word or the n-gram. */
    String name(int id) {
        return names.get(id);
    }

    /** Whether the feature can be shown as evidence: a word or n-gram of two or more letters or digits. */
    boolean isShowable(int id) {
        return showable.get(id);
    }

    private boolean computeShowable(int id) {
        String name = names.get(id);
        if (named.get(id) || name.length() < 2) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isLetterOrDigit(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the feature is one of the named extra features (a rule hit). */
    boolean isNamed(int id) {
        return named.get(id);
    }

    private int addNamed(String name) {
        named.set(names.size());
        return add(name);
    }

    private int add(String name) {
        names.add(name);
        return names.size() - 1;
    }

    private static int[] ensure(int[] buf, int n) {
        return n < buf.length ? buf : Arrays.copyOf(buf, buf.length * 2);
    }

    static char[] normalise(String text) {
        char[] out = new char[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= '\uFF01' && ch <= '\uFF5E') {
                ch = (char) (ch - 0xFEE0);
            } else if (ch == '\u3000') {
                ch = ' ';
            }
            if (Character.isWhitespace(ch)) {
                continue;
            }
            if (ch >= 'A' && ch <= 'Z') {
                ch = (char) (ch + 32);
            } else if (ch >= '0' && ch <= '9') {
                ch = '0';
            }
            out[n++] = ch;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
