package com.salesbot.core.tagging;

/**
 * A rule that matched a text.
 *
 * @param matched the matched words
 * @param negated true when a negation word (不是, 没有 ...) stands right before the match in the same clause
 */
public record RuleHit(TagRule rule, String matched, boolean negated) {
}
