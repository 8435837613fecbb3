package com.salesbot.core.feature.common;

import com.salesbot.core.chat.text.TextNormalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Short, distinctive customer names for buttons (a WeCom button shows 10 characters): the registered name without
 * the region in brackets and the common company-form suffix, e.g. 华东精密机械制造有限公司 → 华东精密机械制造,
 * 杭州云栖科技（集团）股份有限公司 → 杭州云栖科技. Typed replies are matched against both the full and the short name.
 */
public final class CustomerNames {
    private static final Pattern BRACKETS = Pattern.compile("[（(][^）)]{1,8}[）)]");
    private static final List<String> SUFFIXES = List.of("股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团",
            "公司");

    private CustomerNames() {
    }

    public static String shortName(String name) {
        if (name == null) {
            return null;
        }
        String s = BRACKETS.matcher(name.strip()).replaceAll("").strip();
        boolean cut = true;
        while (cut) {
            cut = false;
            for (String suffix : SUFFIXES) {
                if (s.endsWith(suffix) && s.length() > suffix.length() + 1) {
                    s = s.substring(0, s.length() - suffix.length()).strip();
                    cut = true;
                }
            }
        }
        return s.isEmpty() ? name : s;
    }

    /** Whether the typed text (already normalised) names this customer by its full or its short name. */
    public static boolean matches(String customerName, String normalizedText) {
        return TextNormalizer.normalize(customerName).equals(normalizedText)
                || TextNormalizer.normalize(shortName(customerName)).equals(normalizedText);
    }
}
