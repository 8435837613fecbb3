package com.salesbot.core.quote;

import com.salesbot.core.port.FileContents;
import java.util.Optional;

/**
 * The PDFs of issued quotes as file message contents: {@code quote:<number>} is rendered again from the registered
 * quote and handed out only when it hashes to the registered SHA-256 ({@link IssueQuote#pdf}).
 */
public final class QuoteFiles implements FileContents {
    public static final String PREFIX = "quote:";

    private final IssueQuote quotes;

    public QuoteFiles(IssueQuote quotes) {
        this.quotes = quotes;
    }

    public static String ref(String quoteNumber) {
        return PREFIX + quoteNumber;
    }

    @Override
    public Optional<byte[]> load(String ref) {
        if (ref == null || !ref.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return quotes.pdf(ref.substring(PREFIX.length()));
    }
}
