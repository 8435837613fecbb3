package com.salesbot.core.quote;

import java.math.BigDecimal;

/** One product of the public price list (config/pricing/price-list.yml); {@code price} in yuan per {@code unit}. */
public record PriceItem(String code, String name, String unit, BigDecimal price) {
    public PriceItem {
        if (code == null || code.isBlank() || name == null || name.isBlank()) {
            throw new IllegalArgumentException("a price item needs a code and a name");
        }
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("price of " + code + " must be positive");
        }
        price = price.stripTrailingZeros();
    }
}
