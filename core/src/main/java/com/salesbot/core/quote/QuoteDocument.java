package com.salesbot.core.quote;

/** Renders an issued quote as a document (a PDF with the company watermark; implemented in charts). */
public interface QuoteDocument {
    /**
     * @param quote        the quote, number and lines set (its hashes are not known yet)
     * @param company      the issuer, printed and used as the watermark
     * @param customerName the customer's name as printed
     * @param repName      the issuing rep
     * @param validUntil   the last valid day, as printed (yyyy-MM-dd)
     */
    byte[] render(Quote quote, String company, String customerName, String repName, String validUntil);
}
