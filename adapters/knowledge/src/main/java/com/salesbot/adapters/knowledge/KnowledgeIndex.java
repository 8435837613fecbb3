package com.salesbot.adapters.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The knowledge base in an in-memory Lucene index (ByteBuffersDirectory, SmartChineseAnalyzer, BM25). A pain
 * point is analysed with the same analyser; each distinct term becomes a SHOULD clause that takes the best of
 * its field matches (title and keywords boosted), and the best article's raw score is normalised by
 * {@link SelfMatchScore}. Thread-safe once built.
 */
public final class KnowledgeIndex implements Closeable {
    /** Pain points are short; longer text is cut so one query stays cheap. */
    static final int MAX_QUERY_TERMS = 48;
    private static final String ORDINAL = "ordinal";

    private final List<KnowledgeArticle> articles;
    private final Analyzer analyzer;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final SelfMatchScore selfMatch;

    private KnowledgeIndex(List<KnowledgeArticle> articles, Analyzer analyzer, DirectoryReader reader,
                           BM25Similarity similarity) {
        this.articles = articles;
        this.analyzer = analyzer;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setSimilarity(similarity);
        this.selfMatch = new SelfMatchScore(reader, similarity);
    }

    public static KnowledgeIndex build(List<KnowledgeArticle> articles) {
        Analyzer analyzer = KnowledgeAnalyzer.create();
        BM25Similarity similarity = new BM25Similarity();
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setSimilarity(similarity);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int i = 0; i < articles.size(); i++) {
                writer.addDocument(document(i, articles.get(i)));
            }
            writer.commit();
            return new KnowledgeIndex(List.copyOf(articles), analyzer, DirectoryReader.open(dir), similarity);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the knowledge index", e);
        }
    }

    private static Document document(int ordinal, KnowledgeArticle a) {
        Document doc = new Document();
        doc.add(new StoredField(ORDINAL, ordinal));
        doc.add(new TextField(KnowledgeField.TITLE.name, KnowledgeText.fold(a.title()), Field.Store.NO));
        doc.add(new TextField(KnowledgeField.KEYWORDS.name, KnowledgeText.fold(String.join("，", a.keywords())),
                Field.Store.NO));
        doc.add(new TextField(KnowledgeField.CUSTOMER_TYPES.name,
                KnowledgeText.fold(String.join("，", a.customerTypes())), Field.Store.NO));
        doc.add(new TextField(KnowledgeField.BODY.name, KnowledgeText.fold(a.body()), Field.Store.NO));
        return doc;
    }

    public int size() {
        return articles.size();
    }

    /** The best article for the text with its 0..1 score, empty when no article shares a word with it. */
    public Optional<KnowledgeHit> best(String painPoint) {
        Map<String, Integer> terms = KnowledgeAnalyzer.terms(analyzer, KnowledgeField.BODY.name,
                KnowledgeText.fold(painPoint));
        if (terms.isEmpty() || articles.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> used = limit(terms);
        try {
            TopDocs top = searcher.search(query(used), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            ScoreDoc hit = top.scoreDocs[0];
            double score = Math.min(1.0, hit.score / selfMatch.reference(used));
            int ordinal = searcher.storedFields().document(hit.doc).getField(ORDINAL).numericValue().intValue();
            KnowledgeArticle article = articles.get(ordinal);
            return Optional.of(new KnowledgeHit(article, score, Snippets.of(article.talkTrack())));
        } catch (IOException e) {
            throw new UncheckedIOException("knowledge search failed", e);
        }
    }

    private static Map<String, Integer> limit(Map<String, Integer> terms) {
        if (terms.size() <= MAX_QUERY_TERMS) {
            return terms;
        }
        Map<String, Integer> out = new LinkedHashMap<>();
        terms.entrySet().stream().limit(MAX_QUERY_TERMS).forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    private static Query query(Map<String, Integer> terms) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        for (String term : terms.keySet()) {
            List<Query> perField = new ArrayList<>();
            for (KnowledgeField field : KnowledgeField.values()) {
                perField.add(new BoostQuery(new TermQuery(new Term(field.name, term)), field.boost));
            }
            builder.add(new DisjunctionMaxQuery(perField, 0f), BooleanClause.Occur.SHOULD);
        }
        return builder.build();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        analyzer.close();
    }
}
