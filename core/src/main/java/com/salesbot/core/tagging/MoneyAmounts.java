package com.salesbot.core.tagging;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts typed in a chat message: a number with a currency sign before it (¥ ￥) or a money unit after it
 * (元 块 万 w k 千, e.g. 12.8万, 216,000元, ¥59,600, 1600块), in half- or full-width digits (１２．８万). Plain numbers
 * (200个用户, 2012年, 90%) are not money.
 */
final class MoneyAmounts {
    private static final Pattern MONEY = Pattern.compile(
            "([¥￥]\\s{0,2})?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s{0,2}(万元|万|千元|千|元|块|[wWkK](?![a-zA-Z]))?");

    /** Full-width forms (U+FF01-FF5E) lie this far above their ASCII forms. */
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    /** One amount in yuan and where it stands in the text. */
    record Amount(BigDecimal yuan, int start, int end) {
    }

    private MoneyAmounts() {
    }

    /**
     * The text with full-width digits, full stops and Latin letters (１２．８万, ５ｋ, as Chinese input methods type
     * them) as their ASCII forms, one character for one so positions stay; null when it has no digit of either width.
     */
    static String halfWidth(String text) {
        char[] chars = null;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c >= '\uFF10' && c <= '\uFF19' || c == '\uFF0E' || c >= '\uFF21' && c <= '\uFF3A'
                    || c >= '\uFF41' && c <= '\uFF5A') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (c - FULL_WIDTH_OFFSET);
                digit |= c >= '\uFF10' && c <= '\uFF19';
            }
        }
        if (!digit) {
            return null;
        }
        return chars == null ? text : new String(chars);
    }

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && Character.isLetter(c);
    }

    /** Amounts in {@code text}; positions are {@code text}'s own (full-width digits count as digits). */
    static List<Amount> find(String original) {
        List<Amount> out = new ArrayList<>(2);
        String text = halfWidth(original);
        if (text == null) {
            return out; // no digit at all: most messages end here
        }
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            boolean sign = m.group(1) != null;
            String unit = m.group(4);
            if (!sign && unit == null) {
                continue;
            }
            if (m.start() > 0 && isAsciiLetter(text.charAt(m.start() - 1))
                    || m.end() < text.length() && isAsciiLetter(text.charAt(m.end()))) {
                continue; // part of a model name (A100) or a measure (2万QPS)
            }
            BigDecimal value = new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
            if (unit != null) {
                switch (unit) {
                    case "万", "万元", "w", "W" -> value = value.multiply(BigDecimal.valueOf(10_000));
                    case "千", "千元", "k", "K" -> value = value.multiply(BigDecimal.valueOf(1_000));
                    default -> { }
                }
            }
            out.add(new Amount(value.stripTrailingZeros(), m.start(), m.end()));
        }
        return out;
    }
}
