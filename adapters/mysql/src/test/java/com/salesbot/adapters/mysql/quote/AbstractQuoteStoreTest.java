package com.salesbot.adapters.mysql.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.quote.Quote;
import com.salesbot.core.quote.QuoteLine;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issued quotes are found again by number, by either hash of their PDF and by customer, lines and money intact. */
abstract class AbstractQuoteStoreTest {
    @Inject
    MyBatisQuoteStore store;

    private static Quote quote(String number, String customer, long at, String sha, String md5) {
        return new Quote(number, customer, "rep-1", List.of(
                new QuoteLine("crm_pro", "销售助手 专业版", "用户/年", 20, new BigDecimal("2980"),
                        new BigDecimal("2682.00"), new BigDecimal("53640.00")),
                new QuoteLine("impl_day", "实施服务", "人天", 3, new BigDecimal("3000"), new BigDecimal("2700.00"),
                        new BigDecimal("8100.00"))), 10, new BigDecimal("61740.00"), at, "报价单-" + number + ".pdf",
                sha, md5);
    }

    /** The same hash with its first digit changed. */
    private static String flip(String hash) {
        return (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
    }

    @Test
    void aQuoteIsFoundByNumberHashAndCustomer() {
        String u = UUID.randomUUID().toString().replace("-", "");
        String customer = "cus-" + u;
        String sha = (u + u).substring(0, 64);
        String md5 = u.substring(0, 32);
        store.save(quote("BJ-" + u.substring(0, 8) + "-001", customer, 1_000L, sha, md5));
        store.save(quote("BJ-" + u.substring(0, 8) + "-002", customer, 2_000L, flip(sha),
                flip(md5)));

        Quote found = store.findByHash(md5.toUpperCase()).orElseThrow();
        assertThat(found.number()).isEqualTo("BJ-" + u.substring(0, 8) + "-001");
        assertThat(store.findByHash(sha)).contains(found);
        assertThat(found.lines()).extracting(QuoteLine::name).containsExactly("销售助手 专业版", "实施服务");
        assertThat(found.total()).isEqualByComparingTo("61740");
        assertThat(found.mentions(new BigDecimal("2682"))).isTrue();
        assertThat(store.ofCustomer(customer)).extracting(Quote::number)
                .containsExactly("BJ-" + u.substring(0, 8) + "-002", "BJ-" + u.substring(0, 8) + "-001");
        assertThat(store.findByHash(md5.substring(0, 31) + (md5.endsWith("0") ? "1" : "0"))).isEmpty();
        assertThat(store.find("BJ-none")).isEmpty();
    }
}
