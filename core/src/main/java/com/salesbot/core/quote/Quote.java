package com.salesbot.core.quote;

import java.math.BigDecimal;
import java.util.List;

/**
 * A quote the bot issued: number, customer, issuing rep, lines, discount and total, and the registered hashes of
 * its PDF (SHA-256, and the MD5 the WeCom archive reports for files), so the compliance scan recognises the file.
 */
public record Quote(String number, String customerId, String repId, List<QuoteLine> lines, int discountPercent,
                    BigDecimal total, long issuedAt, String fileName, String sha256, String md5) {
    public Quote {
        lines = List.copyOf(lines);
    }

    /** The amounts a rep may type in chat to this customer without a compliance hit: total, unit prices, lines. */
    public boolean mentions(BigDecimal amount) {
        if (total.compareTo(amount) == 0) {
            return true;
        }
        return lines.stream().anyMatch(l -> l.unitPrice().compareTo(amount) == 0 || l.amount().compareTo(amount) == 0);
    }
}
