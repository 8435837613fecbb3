package com.salesbot.adapters.wecom.send;

import java.nio.charset.StandardCharsets;

/** WeCom limits text fields in UTF-8 bytes; cut at a character boundary and mark the cut. */
final class Utf8 {
    private static final String ELLIPSIS = "…";

    private Utf8() {
    }

    static String truncate(String text, int maxBytes) {
        if (text == null || text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return text;
        }
        int budget = maxBytes - ELLIPSIS.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > budget) {
                break;
            }
            out.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return out.append(ELLIPSIS).toString();
    }

    /** Cuts to at most maxChars characters (code points), for fields WeCom limits in characters. */
    static String cutChars(String text, int maxChars) {
        if (text == null || text.codePointCount(0, text.length()) <= maxChars) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, maxChars - 1)) + ELLIPSIS;
    }
}
