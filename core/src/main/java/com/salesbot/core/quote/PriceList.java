package com.salesbot.core.quote;

import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.scope.DataScope;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public price list and the discount each role may grant (config/pricing/price-list.yml).
 *
 * @param company   the issuer printed on quotes and used as their watermark
 * @param discounts the largest discount in percent off the list price a role may put on a quote
 * @param validDays how long an issued quote is valid
 */
public record PriceList(String company, String currency, List<PriceItem> items, Map<Role, Integer> discounts,
                        int validDays) {
    public PriceList {
        if (validDays <= 0) {
            throw new IllegalArgumentException("validDays must be positive");
        }
        items = List.copyOf(items);
        EnumMap<Role, Integer> d = new EnumMap<>(Role.class);
        for (Role r : Role.values()) {
            d.put(r, 0);
        }
        d.putAll(discounts);
        discounts = Map.copyOf(d);
    }

    public Optional<PriceItem> item(String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    /** True when the amount is the list price of an item. */
    public boolean listed(BigDecimal amount) {
        return items.stream().anyMatch(i -> i.price().compareTo(amount) == 0);
    }

    /** The largest discount {@code issuer} may give (decided by {@link DataScope#authorisedDiscount}). */
    public int maxDiscount(Rep issuer) {
        return DataScope.authorisedDiscount(issuer, discounts);
    }

    public static PriceList empty() {
        return new PriceList("", "CNY", List.of(), Map.of(), 30);
    }
}
