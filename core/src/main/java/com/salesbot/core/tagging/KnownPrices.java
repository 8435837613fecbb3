package com.salesbot.core.tagging;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the compliance scan may take as sanctioned: the public price list and the quotes the bot issued (implemented
 * in core.quote from config/pricing and the quote store).
 */
public interface KnownPrices {
    /** True when the amount (yuan) is a list price or an amount of a quote issued to this customer. */
    boolean sanctioned(String customerId, BigDecimal amount);

    /** The customer an issued quote file (by lower-case SHA-256 or MD5 hex) was issued to. */
    Optional<String> quoteRecipient(String fileHash);

    static KnownPrices none() {
        return new KnownPrices() {
            @Override
            public boolean sanctioned(String customerId, BigDecimal amount) {
                return false;
            }

            @Override
            public Optional<String> quoteRecipient(String fileHash) {
                return Optional.empty();
            }
        };
    }
}
