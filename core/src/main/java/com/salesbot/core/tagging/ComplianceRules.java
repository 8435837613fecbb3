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
 * @param promisePhrases     promise or policy words that must only appear inside authorised wording
 * @param authorisedWording  the authorised statements, whitespace removed
 * @param techParameters     name → pattern of core technical parameters (NDA-only)
 * @param denials            words that deny a promise phrase right after them in the same clause (不能保证)
 * @param reported           words that introduce someone else's words (您说的…): a phrase after them is quoted
 * @param ndaLater           a message matching this defers the technical details to the NDA (签NDA后提供)
 * @param budgetWords        an amount after one of these in the same clause is the customer's budget, not a price
 * @param policy             what each kind of hit does (alert, digest, off)
 */
public record ComplianceRules(Map<String, String> approvedQuotes, List<Pattern> quoteFileNames,
                              List<String> promisePhrases, List<String> authorisedWording,
                              Map<String, Pattern> techParameters, List<String> denials, List<String> reported,
                              Pattern ndaLater, List<String> budgetWords, CompliancePolicy policy) {
    /** The registries without context words (tests and callers that predate them). */
    public ComplianceRules(Map<String, String> approvedQuotes, List<Pattern> quoteFileNames,
                           List<String> promisePhrases, List<String> authorisedWording,
                           Map<String, Pattern> techParameters) {
        this(approvedQuotes, quoteFileNames, promisePhrases, authorisedWording, techParameters, List.of(),
                List.of(), null, List.of(), CompliancePolicy.defaults());
    }

    public ComplianceRules {
        denials = List.copyOf(denials);
        reported = List.copyOf(reported);
        budgetWords = List.copyOf(budgetWords);
        policy = policy == null ? CompliancePolicy.defaults() : policy;
        approvedQuotes = Map.copyOf(approvedQuotes);
        quoteFileNames = List.copyOf(quoteFileNames);
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
