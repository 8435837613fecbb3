package com.salesbot.adapters.mysql.quote;

import com.salesbot.core.quote.Quote;
import com.salesbot.core.quote.QuoteLine;
import com.salesbot.core.quote.QuoteStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Issued quotes in MySQL/H2: the quote row and its lines in one transaction (joins the caller's). */
@Singleton
public class MyBatisQuoteStore implements QuoteStore {
    private final QuoteMapper mapper;

    public MyBatisQuoteStore(QuoteMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(Quote quote) {
        mapper.insert(quote);
        for (int i = 0; i < quote.lines().size(); i++) {
            mapper.insertLine(quote.number(), i + 1, quote.lines().get(i));
        }
    }

    @Override
    @ReadOnly
    public Optional<Quote> find(String number) {
        return withLines(mapper.byNumber(number)).stream().findFirst();
    }

    @Override
    @ReadOnly
    public Optional<Quote> findByHash(String hash) {
        if (hash == null || hash.isBlank()) {
            return Optional.empty();
        }
        return withLines(mapper.byHash(hash.strip().toLowerCase(Locale.ROOT))).stream().findFirst();
    }

    @Override
    @ReadOnly
    public List<Quote> ofCustomer(String customerId) {
        return withLines(mapper.ofCustomer(customerId));
    }

    private List<Quote> withLines(List<QuoteMapper.QuoteRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<QuoteLine>> lines = new LinkedHashMap<>();
        rows.forEach(r -> lines.put(r.number(), new ArrayList<>()));
        for (QuoteMapper.LineRow l : mapper.lines(new ArrayList<>(lines.keySet()))) {
            lines.get(l.number()).add(l.line());
        }
        return rows.stream().map(r -> r.quote(lines.get(r.number()))).toList();
    }
}
