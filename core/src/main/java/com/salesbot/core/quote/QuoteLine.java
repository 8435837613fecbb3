package com.salesbot.core.quote;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a quote: an item of the price list, a quantity, the list unit price and the unit price after the
 * quote's discount; {@code amount} = discounted unit price × quantity. Money in yuan, 2 decimals.
 */
public record QuoteLine(String code, String name, String unit, int quantity, BigDecimal listPrice,
                        BigDecimal unitPrice, BigDecimal amount) {
    public QuoteLine {
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }

    static QuoteLine of(PriceItem item, int quantity, int discountPercent) {
        BigDecimal unit = item.price().multiply(BigDecimal.valueOf(100 - discountPercent))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        return new QuoteLine(item.code(), item.name(), item.unit(), quantity, item.price(), unit,
                unit.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP));
    }
}
