package com.salesbot.core.markdown;

/**
 * Neutralises markup in user text for a platform's markdown: each listed ASCII mark becomes its full-width twin
 * (U+FF01..U+FF5E), which reads the same to a person but is never markup, and line breaks become spaces so that no
 * mark can start a line. Each platform passes the marks its markdown knows.
 */
public final class FullWidth {
    private static final int OFFSET = 0xFEE0;

    private FullWidth() {
    }

    /**
     * @param marks          replaced wherever they stand
     * @param leadingMarks   replaced only as the first character (list markers such as {@code -} and {@code +})
     */
    public static String escape(String text, String marks, String leadingMarks) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.append(' ');
            } else if (marks.indexOf(c) >= 0 || (i == 0 && leadingMarks.indexOf(c) >= 0)) {
                out.append((char) (c + OFFSET));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
