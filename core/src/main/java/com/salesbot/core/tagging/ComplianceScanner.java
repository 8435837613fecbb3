package com.salesbot.core.tagging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R12 behaviour-compliance scan of one outgoing message (docs/tagging.md, R12):
 * <ul>
 * <li>a quote-like file must be a quote the bot issued to this customer (by SHA-256 or the archive's MD5) or an
 *     approved template; an issued quote sent to another customer is a hit;</li>
 * <li>a money amount typed into the chat is a hit unless it is a list price or an amount of a quote issued to this
 *     customer, or the customer's budget being repeated (预算在50万以内);</li>
 * <li>promise and policy phrases must sit inside an authorised statement, unless denied (不能保证) or quoted
 *     (您说的“保证三天上线”);</li>
 * <li>technical parameters wait for the NDA, unless the message itself defers them to it.</li>
 * </ul>
 * Kinds switched off in the policy are not checked.
 */
public final class ComplianceScanner {
    static final int EXCERPT_RADIUS = 12;
    /** How many characters may stand between a denial word and the phrase it denies (不能给返点). */
    static final int DENIAL_GAP = 3;
    private static final String CLAUSE_ENDS = "，,。.；;！!？?\n";
    private static final String OPEN_QUOTES = "“\"「『‘";
    private static final String CLOSE_QUOTES = "”\"」』’";

    private final ComplianceRules rules;
    private final KnownPrices known;

    public ComplianceScanner(ComplianceRules rules) {
        this(rules, KnownPrices.none());
    }

    public ComplianceScanner(ComplianceRules rules, KnownPrices known) {
        this.rules = rules;
        this.known = known;
    }

    public CompliancePolicy policy() {
        return rules.policy();
    }

    /** Scan without a customer: no issued quote can sanction an amount or a file. */
    public List<ComplianceHit> scan(String text, Attachment attachment, boolean ndaSigned) {
        return scan(text, attachment, ndaSigned, null);
    }

    public List<ComplianceHit> scan(String text, Attachment attachment, boolean ndaSigned, String customerId) {
        List<ComplianceHit> hits = new ArrayList<>(2);
        String body = text == null ? "" : text;
        CompliancePolicy policy = rules.policy();
        if (policy.checks(ComplianceKind.QUOTE_TEMPLATE) && attachment != null) {
            quoteFile(attachment, customerId, hits);
        }
        if (policy.checks(ComplianceKind.TYPED_PRICE)) {
            typedPrice(body, customerId, hits);
        }
        if (policy.checks(ComplianceKind.POLICY_WORDING)) {
            wording(body, hits);
        }
        if (!ndaSigned && policy.checks(ComplianceKind.TECH_PARAMETER)) {
            techParameters(body, hits);
        }
        return hits;
    }

    private void quoteFile(Attachment attachment, String customerId, List<ComplianceHit> hits) {
        String name = attachment.fileName();
        for (String hash : List.of(attachment.sha256(), attachment.md5())) {
            if (hash.isEmpty()) {
                continue;
            }
            if (rules.approvedQuotes().containsKey(hash)) {
                return;
            }
            Optional<String> recipient = known.quoteRecipient(hash);
            if (recipient.isPresent()) {
                if (customerId == null || !recipient.get().equals(customerId)) {
                    hits.add(new ComplianceHit(ComplianceKind.QUOTE_TEMPLATE, name,
                            "报价单《" + name + "》是开给其他客户的"));
                }
                return;
            }
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (rules.quoteFileNames().stream().anyMatch(p -> p.matcher(lower).find())) {
            hits.add(new ComplianceHit(ComplianceKind.QUOTE_TEMPLATE, name,
                    "文件《" + name + "》不是系统开出的报价单"));
        }
    }

    private void typedPrice(String text, String customerId, List<ComplianceHit> hits) {
        for (MoneyAmounts.Amount a : MoneyAmounts.find(text)) {
            if (known.sanctioned(customerId, a.yuan()) || afterInClause(text, a.start(), rules.budgetWords())) {
                continue;
            }
            hits.add(new ComplianceHit(ComplianceKind.TYPED_PRICE, text.substring(a.start(), a.end()).strip(),
                    excerpt(text, a.start(), a.end())));
            return;
        }
    }

    private void wording(String text, List<ComplianceHit> hits) {
        String t = ComplianceRules.squeeze(text);
        for (String phrase : rules.promisePhrases()) {
            int at = t.indexOf(phrase);
            while (at >= 0) {
                if (!authorised(t, at, phrase) && !denied(t, at) && !quoted(t, at, phrase)) {
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

    /** A denial word ends at most {@link #DENIAL_GAP} characters before the phrase, in the same clause. */
    private boolean denied(String t, int at) {
        int from = clauseStart(t, at);
        for (String d : rules.denials()) {
            int i = t.lastIndexOf(d, at - d.length());
            while (i >= from) {
                if (at - (i + d.length()) <= DENIAL_GAP) {
                    return true;
                }
                i = t.lastIndexOf(d, i - 1);
            }
        }
        return false;
    }

    /** Inside quotation marks, or after a reporting word (您说的…) in the same clause. */
    private boolean quoted(String t, int at, String phrase) {
        int open = -1;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            if (open < 0 && OPEN_QUOTES.indexOf(c) >= 0) {
                open = i;
            } else if (open >= 0 && CLOSE_QUOTES.indexOf(c) >= 0) {
                open = -1;
            }
        }
        if (open >= 0) {
            for (int i = at + phrase.length(); i < t.length(); i++) {
                if (CLOSE_QUOTES.indexOf(t.charAt(i)) >= 0) {
                    return true;
                }
            }
        }
        return afterInClause(t, at, rules.reported());
    }

    private static boolean afterInClause(String t, int at, List<String> words) {
        String clause = t.substring(clauseStart(t, at), at);
        return words.stream().anyMatch(clause::contains);
    }

    private static int clauseStart(String t, int at) {
        int i = at - 1;
        while (i >= 0 && CLAUSE_ENDS.indexOf(t.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }

    /**
     * The parameters first, the deferral phrase (nda_later) only when one was found: most messages name none, and
     * the deferral pattern cost as much as all the parameter patterns together.
     */
    private void techParameters(String text, List<ComplianceHit> hits) {
        List<ComplianceHit> found = null;
        for (Map.Entry<String, Pattern> e : rules.techParameters().entrySet()) {
            Matcher m = e.getValue().matcher(text);
            if (m.find()) {
                if (found == null) {
                    found = new ArrayList<>(2);
                }
                found.add(new ComplianceHit(ComplianceKind.TECH_PARAMETER, e.getKey() + ": " + m.group(),
                        excerpt(text, m.start(), m.end())));
            }
        }
        if (found != null && (rules.ndaLater() == null || !rules.ndaLater().matcher(text).find())) {
            hits.addAll(found);
        }
    }

    static String excerpt(String text, int start, int end) {
        int from = Math.max(0, start - EXCERPT_RADIUS);
        int to = Math.min(text.length(), end + EXCERPT_RADIUS);
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }
}
