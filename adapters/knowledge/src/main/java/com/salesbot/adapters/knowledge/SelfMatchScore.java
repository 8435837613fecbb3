package com.salesbot.adapters.knowledge;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * Turns a raw BM25 score into a 0..1 match score comparable across queries.
 *
 * <p>Raw BM25 grows with the number and rarity of the query's terms, so no fixed cut-off works on it. The
 * reference is the score the same query gets against a virtual article made of the query itself (the query's
 * terms, with their counts, as title, keywords, customer types and body), scored with BM25 by Lucene's own
 * {@link BM25Similarity} scorer and the index's statistics plus that virtual article. The match score is
 * {@code best hit / reference}, capped at 1. A query whose every word sits in an article's title or keywords
 * scores high; words no article knows (天气, 周末) are rare, so they weigh heavily in the reference and pull
 * the score of unrelated text towards 0.
 */
final class SelfMatchScore {
    private final IndexReader reader;
    private final BM25Similarity similarity;

    SelfMatchScore(IndexReader reader, BM25Similarity similarity) {
        this.reader = reader;
        this.similarity = similarity;
    }

    /** The score of the per-term best-field query against the virtual article made of {@code terms}. */
    double reference(Map<String, Integer> terms) throws IOException {
        int length = terms.values().stream().mapToInt(Integer::intValue).sum();
        long norm = SmallFloat.intToByte4(length);
        double total = 0;
        for (Map.Entry<String, Integer> t : terms.entrySet()) {
            double best = 0;
            for (KnowledgeField field : KnowledgeField.values()) {
                Similarity.SimScorer scorer = similarity.scorer(field.boost, collection(field.name, length,
                        terms.size()), term(field.name, t.getKey(), t.getValue()));
                best = Math.max(best, scorer.score(t.getValue(), norm));
            }
            total += best;
        }
        return total;
    }

    private CollectionStatistics collection(String field, int length, int distinct) throws IOException {
        int docCount = reader.getDocCount(field);
        long sumTotal = Math.max(0, reader.getSumTotalTermFreq(field));
        long sumDoc = Math.max(0, reader.getSumDocFreq(field));
        return new CollectionStatistics(field, reader.maxDoc() + 1L, docCount + 1L, sumTotal + length,
                sumDoc + distinct);
    }

    private TermStatistics term(String field, String text, int count) throws IOException {
        Term term = new Term(field, text);
        return new TermStatistics(term.bytes(), reader.docFreq(term) + 1L, reader.totalTermFreq(term) + count);
    }
}
