package com.salesbot.core.quote;

import java.util.List;
import java.util.Optional;

/** Issued quotes (table quotes, Flyway V12). */
public interface QuoteStore {
    /** Stores a new quote; its number is unique. */
    void save(Quote quote);

    Optional<Quote> find(String number);

    /** The quote whose PDF has this lower-case SHA-256 or MD5. */
    Optional<Quote> findByHash(String hash);

    /** The customer's quotes, newest first. */
    List<Quote> ofCustomer(String customerId);
}
