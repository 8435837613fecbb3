package com.salesbot.core.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R12 behaviour-compliance scan of one outgoing message: quotes must be approved templates (by file hash), promise
 * and policy phrases must sit inside an authorised statement, and technical parameters must wait for the NDA.
 */
public final class ComplianceScanner {
    static final int EXCERPT_RADIUS = 12;

    private final ComplianceRules rules;

    public ComplianceScanner(ComplianceRules rules) {
        this.rules = rules;
    }

    public List<ComplianceHit> scan(String text, Attachment attachment, boolean ndaSigned) {
        List<ComplianceHit> hits = new ArrayList<>(2);
        String body = text == null ? "" : text;
        quote(body, attachment, hits);
        wording(body, hits);
        if (!ndaSigned) {
            techParameters(body, hits);
        }
        return hits;
    }

    private void quote(String text, Attachment attachment, List<ComplianceHit> hits) {
        if (attachment != null && !rules.approvedQuotes().containsKey(attachment.sha256())) {
            String name = attachment.fileName().toLowerCase(Locale.ROOT);
            if (rules.quoteFileNames().stream().anyMatch(p -> p.matcher(name).find())) {
                hits.add(new ComplianceHit(ComplianceKind.QUOTE_TEMPLATE, attachment.fileName(),
                        "文件《" + attachment.fileName() + "》不在已审批报价模板登记中"));
            }
        }
        for (Pattern p : rules.quoteText()) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                hits.add(new ComplianceHit(ComplianceKind.QUOTE_TEMPLATE, m.group(), excerpt(text, m.start(),
                        m.end())));
                return;
            }
        }
    }

    private void wording(String text, List<ComplianceHit> hits) {
        String t = ComplianceRules.squeeze(text);
        for (String phrase : rules.promisePhrases()) {
            int at = t.indexOf(phrase);
            while (at >= 0) {
                if (!authorised(t, at, phrase)) {
                    hits.add(new ComplianceHit(ComplianceKind.POLICY_WORDING, phrase,
                            excerpt(t, at, at + phrase.length())));
                    break;
                }
                at = t.indexOf(phrase, at + 1);
            }
        }
    }

    /** True when the phrase at {@code at} lies inside an occurrence of an authorised statement. */
    private boolean authorised(String t, int at, String phrase) {
        for (String statement : rules.authorisedWording()) {
            int offset = statement.indexOf(phrase);
            while (offset >= 0) {
                int start = at - offset;
                if (start >= 0 && t.startsWith(statement, start)) {
                    return true;
                }
                offset = statement.indexOf(phrase, offset + 1);
            }
        }
        return false;
    }

    private void techParameters(String text, List<ComplianceHit> hits) {
        for (Map.Entry<String, Pattern> e : rules.techParameters().entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find()) {
                hits.add(new ComplianceHit(ComplianceKind.TECH_PARAMETER, e.getKey() + ": " + m.group(),
                        excerpt(text, m.start(), m.end())));
            }
        }
    }

    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - EXCERPT_RADIUS);
        int to = Math.min(text.length(), end + EXCERPT_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
