package com.salesbot.adapters.knowledge;

/**
 * The best article for a pain point.
 *
 * @param score   match score in 0..1 (see {@link SelfMatchScore})
 * @param snippet the start of the article's 应对话术, cut at a sentence end where possible
 */
public record KnowledgeHit(KnowledgeArticle article, double score, String snippet) {
}
