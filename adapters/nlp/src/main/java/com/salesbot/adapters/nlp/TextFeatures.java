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
     * Ids (distinct) of the text's features and of the further named features {@code extra} (the rule hits, looked
     * up like words). While not frozen, new features are added and the ids come sorted, as liblinear needs them for
     * training; once frozen, unknown features are skipped and the ids come in no particular order.
     */
    int[] ids(String text, List<String> extra) {
        return frozen ? known(text, extra) : learn(text, extra);
    }

    private int[] learn(String text, List<String> extra) {
        int[] buf = new int[text.length() * MAX_N + 16];
        int n = 0;
        if (useWords) {
            for (String w : tokenizer.words(text)) {
                buf = ensure(buf, n);
                buf[n++] = words.computeIfAbsent(w, this::add);
            }
        }
        for (String x : extra) {
            buf = ensure(buf, n);
            buf[n++] = words.computeIfAbsent(x, this::addNamed);
        }
        char[] c = normalise(text);
        for (int i = 0; i < c.length; i++) {
            long key = 0;
            for (int len = 1; len <= MAX_N && i + len <= c.length; len++) {
                key = (key << 16) | c[i + len - 1];
                int id = grams.putIfAbsent(((long) len << 48) | key, names.size());
                if (id == names.size()) {
                    names.add(new String(c, i, len));
                }
                buf = ensure(buf, n);
                buf[n++] = id;
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

    /**
     * The frozen lookup: duplicates are dropped with a small open-addressing set instead of a sort. Every n-gram of
     * the training texts was added with all its shorter prefixes, so an unknown n-gram ends the lookups of the longer
     * ones starting at the same character.
     */
    private int[] known(String text, List<String> extra) {
        char[] c = normalise(text);
        IdSet seen = new IdSet(text.length() * (MAX_N + 1) + extra.size());
        if (useWords) {
            for (String w : tokenizer.words(text)) {
                seen.add(words.getOrDefault(w, -1));
            }
        }
        for (String x : extra) {
            seen.add(words.getOrDefault(x, -1));
        }
        for (int i = 0; i < c.length; i++) {
            long key = 0;
            for (int len = 1; len <= MAX_N && i + len <= c.length; len++) {
                key = (key << 16) | c[i + len - 1];
                int id = grams.get(((long) len << 48) | key);
                if (id < 0) {
                    break;
                }
                seen.add(id);
            }
        }
        return seen.toArray();
    }

    /**
     * Distinct non-negative ints in insertion order, for one text's lookup; sized for the text's words (at most one
     * per character), its n-grams and the extra features, so it never fills up.
     */
    private static final class IdSet {
        private final int[] slots;
        private final int[] order;
        private int size;

        IdSet(int expected) {
            slots = new int[Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1];
            order = new int[expected];
        }

        void add(int id) {
            if (id < 0) {
                return;
            }
            int mask = slots.length - 1;
            for (int i = (id * 0x9E3779B1) >>> 16 & mask; ; i = (i + 1) & mask) {
                int s = slots[i];
                if (s == id + 1) {
                    return;
                }
                if (s == 0) {
                    slots[i] = id + 1;
                    order[size++] = id;
                    return;
                }
            }
        }

        int[] toArray() {
            return Arrays.copyOf(order, size);
        }
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
