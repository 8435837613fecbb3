package com.salesbot.core.card;

/** Shortens text for a length-limited field without cutting a sentence (or a quote) in half. */
public final class TextCut {
    private static final String ELLIPSIS = "…";
    private static final String SENTENCE_ENDS = "。！？!?；;\n";
    private static final String CLAUSE_ENDS = "，,、：: ";

    private TextCut() {
    }

    public static int length(String text) {
        return text == null ? 0 : text.codePointCount(0, text.length());
    }

    /**
     * At most {@code maxChars} characters (code points): the text itself when it fits, otherwise the whole sentences
     * that fit, else up to the last clause end (marked "…"), else a hard cut marked "…". A cut never leaves an
     * opening quote or bracket without its closing one.
     */
    public static String toChars(String text, int maxChars) {
        if (text == null || length(text) <= maxChars) {
            return text;
        }
        if (maxChars <= 1) {
            return ELLIPSIS;
        }
        String head = text.substring(0, text.offsetByCodePoints(0, maxChars - 1));
        for (int sentence = lastIndexOfAny(head, SENTENCE_ENDS); sentence > 0;
             sentence = lastIndexOfAny(head.substring(0, sentence), SENTENCE_ENDS)) {
            if (balanced(head.substring(0, sentence + 1))) {
                return head.substring(0, sentence + 1).strip();
            }
        }
        for (int clause = lastIndexOfAny(head, CLAUSE_ENDS); clause > 0;
             clause = lastIndexOfAny(head.substring(0, clause), CLAUSE_ENDS)) {
            if (balanced(head.substring(0, clause))) {
                return head.substring(0, clause).strip() + ELLIPSIS;
            }
        }
        int open = firstUnclosed(head);
        return (open > 0 ? head.substring(0, open).strip() : head) + ELLIPSIS;
    }

    /** UTF-8 size of the text. */
    public static int utf8Bytes(String text) {
        return text == null ? 0 : text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    /**
     * Splits text into parts of at most {@code maxBytes} UTF-8 bytes, each ending at a line end when one is in the
     * second half of the part, else at a sentence end, else at a character boundary. Nothing is dropped.
     */
    public static java.util.List<String> splitUtf8(String text, int maxBytes) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        String rest = text == null ? "" : text;
        while (utf8Bytes(rest) > maxBytes) {
            int cut = splitPoint(rest, maxBytes);
            parts.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty() || parts.isEmpty()) {
            parts.add(rest);
        }
        return parts;
    }

    private static int splitPoint(String text, int maxBytes) {
        int fit = 0;
        int used = 0;
        while (fit < text.length()) {
            int cp = text.codePointAt(fit);
            int size = utf8Bytes(new String(Character.toChars(cp)));
            if (used + size > maxBytes) {
                break;
            }
            used += size;
            fit += Character.charCount(cp);
        }
        String head = text.substring(0, fit);
        int line = head.lastIndexOf('\n');
        if (line > fit / 2) {
            return line + 1;
        }
        for (int i = head.length() - 1; i > fit / 2; i--) {
            if ("。！？；!?;".indexOf(head.charAt(i)) >= 0) {
                return i + 1;
            }
        }
        return Math.max(fit, 1);
    }

    private static int lastIndexOfAny(String text, String chars) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static final String OPENERS = "“‘「『《（(【[";
    private static final String CLOSERS = "”’」』》）)】]";

    static boolean balanced(String text) {
        return firstUnclosed(text) < 0;
    }

    /** Index of the first opening quote/bracket that is not closed in the text, or -1. */
    private static int firstUnclosed(String text) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int o = OPENERS.indexOf(c);
            if (o >= 0) {
                open.push(i);
            } else if (CLOSERS.indexOf(c) >= 0 && !open.isEmpty()) {
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peekLast();
    }
}
