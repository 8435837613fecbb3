package com.salesbot.adapters.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.quote.PriceList;
import com.salesbot.core.quote.Quote;
import com.salesbot.core.quote.QuotePrices;
import com.salesbot.core.quote.QuoteStore;
import com.salesbot.core.tagging.ComplianceHit;
import com.salesbot.core.tagging.ComplianceKind;
import com.salesbot.core.tagging.ComplianceRulesReader;
import com.salesbot.core.tagging.ComplianceScanner;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * R12 precision and recall per hit kind on the labelled outgoing messages (config/tagging/labelled/compliance.tsv),
 * with the shipped compliance configuration, the public price list and, per row, the customer's registered quote
 * (context {@code quote:<total>}) and NDA. Guard: precision >= 0.95 and recall >= 0.90 for each kind.
 */
class ComplianceAccuracyTest {
    static final Path CONFIG = Path.of("../../config");
    static final double MIN_PRECISION = 0.95;
    static final double MIN_RECALL = 0.90;
    static final Map<String, ComplianceKind> KINDS = Map.of("price", ComplianceKind.TYPED_PRICE,
            "promise", ComplianceKind.POLICY_WORDING, "tech", ComplianceKind.TECH_PARAMETER);

    record Row(Set<ComplianceKind> kinds, boolean nda, List<BigDecimal> quotes, String text) {
    }

    @Test
    void eachHitKindIsPreciseAndFindsAlmostAll() throws IOException {
        List<Row> rows = read();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(300);
        assertThat(rows.stream().filter(r -> r.kinds().isEmpty()).count()).isGreaterThanOrEqualTo(rows.size() / 2);
        PriceList prices = PriceListReader.read(CONFIG);
        var rules = new ComplianceRulesReader().read(CONFIG.resolve("tagging"), "config/tagging");
        Map<ComplianceKind, int[]> counts = new EnumMap<>(ComplianceKind.class); // tp, fp, fn
        KINDS.values().forEach(k -> counts.put(k, new int[3]));
        StringBuilder misses = new StringBuilder();
        for (Row row : rows) {
            ComplianceScanner scanner = new ComplianceScanner(rules, new QuotePrices(prices, store(row.quotes())));
            Set<ComplianceKind> got = scanner.scan(row.text(), null, row.nda(), "cus-1").stream()
                    .map(ComplianceHit::kind).collect(Collectors.toSet());
            for (ComplianceKind k : KINDS.values()) {
                boolean want = row.kinds().contains(k);
                boolean have = got.contains(k);
                int[] c = counts.get(k);
                if (want && have) {
                    c[0]++;
                } else if (have) {
                    c[1]++;
                    misses.append("false ").append(k).append(": ").append(row.text()).append('\n');
                } else if (want) {
                    c[2]++;
                    misses.append("missed ").append(k).append(": ").append(row.text()).append('\n');
                }
            }
        }
        StringBuilder table = new StringBuilder("| hit kind | precision | recall | labelled |\n|---|---|---|---|\n");
        counts.forEach((k, c) -> table.append(String.format("| %s | %.3f | %.3f | %d |%n", k.tag(),
                precision(c), recall(c), c[0] + c[2])));
        System.out.println(table + misses.toString());
        counts.forEach((k, c) -> {
            assertThat(precision(c)).as("precision of %s", k).isGreaterThanOrEqualTo(MIN_PRECISION);
            assertThat(recall(c)).as("recall of %s", k).isGreaterThanOrEqualTo(MIN_RECALL);
        });
    }

    private static double precision(int[] c) {
        return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    private static double recall(int[] c) {
        return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    private static List<Row> read() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(CONFIG.resolve("tagging/labelled/compliance.tsv"),
                StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            assertThat(f).as(line).hasSize(3);
            Set<ComplianceKind> kinds = f[0].equals("-") ? Set.of()
                    : java.util.Arrays.stream(f[0].split("\\+")).map(KINDS::get).collect(Collectors.toSet());
            assertThat(kinds).as(line).doesNotContainNull();
            boolean nda = false;
            List<BigDecimal> quotes = new ArrayList<>();
            for (String c : f[1].split(";")) {
                if (c.equals("nda")) {
                    nda = true;
                } else if (c.startsWith("quote:")) {
                    quotes.add(new BigDecimal(c.substring(6)));
                }
            }
            rows.add(new Row(kinds, nda, quotes, f[2]));
        }
        return rows;
    }

    /** The row's customer has one registered quote per {@code quote:} total. */
    private static QuoteStore store(List<BigDecimal> totals) {
        List<Quote> quotes = totals.stream().map(t -> new Quote("Q-" + t, "cus-1", "rep-1", List.of(), 0, t, 0L,
                "q.pdf", "", "")).toList();
        return new QuoteStore() {
            @Override
            public void save(Quote quote) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Quote> find(String number) {
                return quotes.stream().filter(q -> q.number().equals(number)).findFirst();
            }

            @Override
            public Optional<Quote> findByHash(String hash) {
                return Optional.empty();
            }

            @Override
            public List<Quote> ofCustomer(String customerId) {
                return customerId.equals("cus-1") ? quotes : List.of();
            }
        };
    }
}
