package com.salesbot.core.quote;

import com.salesbot.core.tagging.KnownPrices;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;

/** The compliance scan's sanctioned prices: the public price list and the quotes issued to the customer. */
public final class QuotePrices implements KnownPrices {
    private final PriceList priceList;
    private final QuoteStore quotes;

    public QuotePrices(PriceList priceList, QuoteStore quotes) {
        this.priceList = priceList;
        this.quotes = quotes;
    }

    @Override
    public boolean sanctioned(String customerId, BigDecimal amount) {
        if (priceList.listed(amount)) {
            return true;
        }
        return customerId != null && quotes.ofCustomer(customerId).stream().anyMatch(q -> q.mentions(amount));
    }

    @Override
    public Optional<String> quoteRecipient(String fileHash) {
        return quotes.findByHash(fileHash.toLowerCase(Locale.ROOT)).map(Quote::customerId);
    }
}
