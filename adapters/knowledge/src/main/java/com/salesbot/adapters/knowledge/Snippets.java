package com.salesbot.adapters.knowledge;

/** The first sentences of a talk track, short enough for a chat card. */
final class Snippets {
    static final int MAX_CHARS = 80;

    private Snippets() {
    }

    static String of(String talkTrack) {
        String flat = talkTrack.replaceAll("(?m)^\\s*([-*>]|\\d+\\.)\\s+", "").replaceAll("\\s*\\n\\s*", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= MAX_CHARS) {
            return flat;
        }
        String head = flat.substring(0, flat.offsetByCodePoints(0, MAX_CHARS));
        int end = Math.max(Math.max(head.lastIndexOf('。'), head.lastIndexOf('！')), head.lastIndexOf('？'));
        return end >= MAX_CHARS / 3 ? head.substring(0, end + 1) : head + "…";
    }
}
