package com.salesbot.core.tagging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * R12 registries from config/tagging/compliance/.
 *
 * @param approvedQuotes     approved quote templates: lower-case SHA-256 → file name
 * @param quoteFileNames     a file whose name matches one of these is a quote (报价, quotation ...)
 * @param quoteText          a text matching one of these is a quote typed into the chat
 * @param promisePhrases     promise or policy words that must only appear inside authorised wording
 * @param authorisedWording  the authorised statements, whitespace removed
 * @param techParameters     name → pattern of core technical parameters (NDA-only)
 */
public record ComplianceRules(Map<String, String> approvedQuotes, List<Pattern> quoteFileNames,
                              List<Pattern> quoteText, List<String> promisePhrases, List<String> authorisedWording,
                              Map<String, Pattern> techParameters) {
    public ComplianceRules {
        approvedQuotes = Map.copyOf(approvedQuotes);
        quoteFileNames = List.copyOf(quoteFileNames);
        quoteText = List.copyOf(quoteText);
        promisePhrases = List.copyOf(promisePhrases);
        authorisedWording = authorisedWording.stream().map(ComplianceRules::squeeze).toList();
        techParameters = Collections.unmodifiableMap(new LinkedHashMap<>(techParameters));
    }

    /** Removes whitespace, so line breaks and spaces do not defeat the wording comparison. */
    static String squeeze(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
