package com.salesbot.core.chat.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The one place that puts text in one form before it is understood. {@link #fold} is shared by everything that
 * compares text (chat commands here, knowledge articles and pain points in the knowledge adapter): full-width
 * letters, digits, spaces and punctuation become half-width (NFKC) and traditional characters become simplified.
 * {@link #normalize} is what the chat engine matches commands on: fold, drop @mentions, collapse whitespace and
 * lower-case ASCII letters.
 */
public final class TextNormalizer {
    private static final Pattern MENTION = Pattern.compile("@\\S+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<Character, Character> TRADITIONAL = Map.ofEntries(
            Map.entry('標', '标'), Map.entry('團', '团'), Map.entry('隊', '队'), Map.entry('錄', '录'),
            Map.entry('線', '线'), Map.entry('對', '对'), Map.entry('幫', '帮'), Map.entry('訪', '访'),
            Map.entry('結', '结'), Map.entry('過', '过'), Map.entry('們', '们'), Map.entry('組', '组'),
            Map.entry('績', '绩'), Map.entry('進', '进'), Map.entry('選', '选'), Map.entry('單', '单'),
            Map.entry('說', '说'), Map.entry('還', '还'), Map.entry('麼', '么'), Map.entry('査', '查'),
            Map.entry('這', '这'), Map.entry('個', '个'), Map.entry('東', '东'), Map.entry('話', '话'),
            Map.entry('見', '见'), Map.entry('較', '较'), Map.entry('況', '况'), Map.entry('賬', '账'),
            Map.entry('務', '务'), Map.entry('歷', '历'), Map.entry('卻', '却'), Map.entry('兒', '儿'));

    private TextNormalizer() {
    }

    /** Typed chat text as commands are matched: folded, without @mentions, single spaces, ASCII lower case. */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String text = MENTION.matcher(fold(raw)).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ").trim();
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * NFKC, then the traditional characters of the bot's commands become simplified; "" for null or blank text.
     */
    public static String fold(String raw) {
        return fold(raw, TextNormalizer::simplifyCommandCharacters);
    }

    /**
     * NFKC, then {@code simplify} turns traditional characters into simplified ones: an adapter with a complete
     * conversion table (the knowledge index uses HanLP's) passes it here instead of folding text its own way.
     */
    public static String fold(String raw, UnaryOperator<String> simplify) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        return simplify.apply(Normalizer.normalize(raw, Normalizer.Form.NFKC));
    }

    private static String simplifyCommandCharacters(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            folded.append(TRADITIONAL.getOrDefault(c, c));
        }
        return folded.toString();
    }

    /** Length as people count it: one per character, emoji included. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
