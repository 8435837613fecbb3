package com.salesbot.adapters.knowledge;

import com.salesbot.core.card.TextCut;

/** The first whole sentences of a talk track, short enough for a chat card. */
final class Snippets {
    static final int MAX_CHARS = 80;

    private Snippets() {
    }

    static String of(String talkTrack) {
        String flat = talkTrack.replaceAll("(?m)^\\s*([-*>]|\\d+\\.)\\s+", "").replaceAll("\\s*\\n\\s*", " ").strip();
        // cut at a sentence end that closes every quote it opened: never mid-quote, never mid-sentence
        return TextCut.toChars(flat, MAX_CHARS);
    }
}
