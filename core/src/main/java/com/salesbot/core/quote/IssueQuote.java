package com.salesbot.core.quote;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.scope.DataScope;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues a quote (R12): items from the public price list, a discount within the issuer's authorised range
 * ({@link PriceList#maxDiscount}), for a customer the issuer may see (the customer's owner is in the issuer's data
 * scope). The PDF is rendered once, its SHA-256 and MD5 registered with the quote, so the compliance scan accepts
 * exactly this file sent to exactly this customer. Numbered BJ-yyyyMMdd-NNN per day (Asia/Shanghai). Audited.
 */
public final class IssueQuote {
    public static final int MAX_LINES = 20;
    public static final int MAX_QUANTITY = 100_000;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    /** One wanted item: a price list code and a quantity. */
    public record Item(String code, int quantity) {
    }

    public record Request(String customerId, List<Item> items, int discountPercent) {
        public Request {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** The registered quote and its PDF. */
    public record Issued(Quote quote, byte[] pdf) {
    }

    private final PriceList prices;
    private final QuoteStore quotes;
    private final QuoteDocument document;
    private final CustomerStore customers;
    private final OrgStore org;
    private final CounterStore counters;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public IssueQuote(PriceList prices, QuoteStore quotes, QuoteDocument document, CustomerStore customers,
                      OrgStore org, CounterStore counters, AuditLog audit, Transactions transactions, Clock clock) {
        this.prices = prices;
        this.quotes = quotes;
        this.document = document;
        this.customers = customers;
        this.org = org;
        this.counters = counters;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public PriceList prices() {
        return prices;
    }

    public Issued issue(Rep issuer, Request request, String channel) {
        Customer customer = customers.find(request.customerId() == null ? "" : request.customerId().strip())
                .orElseThrow(() -> new QuoteException(QuoteException.Reason.NOT_FOUND,
                        "客户 " + request.customerId() + " 不存在"));
        Rep owner = customer.ownerRepId() == null ? null : org.findRep(customer.ownerRepId()).orElse(null);
        if (owner == null ? !DataScope.seesAll(issuer) : !DataScope.canView(issuer, owner)) {
            throw new QuoteException(QuoteException.Reason.FORBIDDEN, "客户「" + customer.name() + "」不在你的范围内，不能给他报价");
        }
        int max = prices.maxDiscount(issuer);
        if (request.discountPercent() < 0 || request.discountPercent() > max) {
            throw new QuoteException(QuoteException.Reason.INVALID, "折扣只能在 0 到 " + max + "% 之间（你的授权上限）");
        }
        List<QuoteLine> lines = lines(request);
        BigDecimal total = lines.stream().map(QuoteLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        long now = clock.millis();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
        String candidate;
        do {
            // the counter is shared (Redis) across instances; after a restart with the in-memory fallback it starts
            // again at 1, so numbers already stored that day are skipped
            long seq = counters.increment("quote:seq:" + DAY.format(today), 1, Duration.ofDays(3));
            candidate = String.format("BJ-%s-%03d", DAY.format(today), seq);
        } while (quotes.find(candidate).isPresent());
        String number = candidate;
        String fileName = "报价单-" + number + ".pdf";
        Quote draft = new Quote(number, customer.id(), issuer.id(), lines, request.discountPercent(), total, now,
                fileName, "", "");
        byte[] pdf = render(draft, customer.name(), issuer.name());
        Quote quote = new Quote(number, customer.id(), issuer.id(), lines, request.discountPercent(), total, now,
                fileName, hex("SHA-256", pdf), hex("MD5", pdf));
        transactions.inTransaction(() -> {
            quotes.save(quote);
            audit.record(new AuditEntry(issuer.id(), "quote.issue", "quote", number, null,
                    "{\"customerId\":\"" + customer.id() + "\",\"total\":\"" + total.toPlainString()
                            + "\",\"discount\":" + request.discountPercent() + ",\"sha256\":\"" + quote.sha256()
                            + "\"}", channel, now));
            return null;
        });
        return new Issued(quote, pdf);
    }

    /**
     * The PDF of an issued quote, rendered again from what was registered and returned only when its SHA-256 is the
     * registered one (what the rep sends is exactly what the compliance scan accepts); empty for an unknown number or
     * a quote whose file can no longer be reproduced.
     */
    public java.util.Optional<byte[]> pdf(String number) {
        return quotes.find(number == null ? "" : number).flatMap(q -> {
            String customerName = customers.find(q.customerId()).map(Customer::name).orElse(null);
            String repName = org.findRep(q.repId()).map(Rep::name).orElse(null);
            if (customerName == null || repName == null) {
                return java.util.Optional.empty();
            }
            byte[] pdf = render(q, customerName, repName);
            return q.sha256().equals(hex("SHA-256", pdf)) ? java.util.Optional.of(pdf) : java.util.Optional.empty();
        });
    }

    private byte[] render(Quote quote, String customerName, String repName) {
        LocalDate issued = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(quote.issuedAt()), ZONE);
        return document.render(quote, prices.company(), customerName, repName,
                issued.plusDays(prices.validDays()).toString());
    }

    private List<QuoteLine> lines(Request request) {
        if (request.items().isEmpty()) {
            throw new QuoteException(QuoteException.Reason.INVALID, "报价单至少要有一个产品");
        }
        if (request.items().size() > MAX_LINES) {
            throw new QuoteException(QuoteException.Reason.INVALID, "一张报价单最多 " + MAX_LINES + " 个产品");
        }
        Map<String, Integer> merged = new LinkedHashMap<>();
        for (Item item : request.items()) {
            if (item == null || item.code() == null || prices.item(item.code().strip()).isEmpty()) {
                throw new QuoteException(QuoteException.Reason.INVALID, "价目表里没有产品 "
                        + (item == null ? "" : item.code()) + "，可选：" + String.join("、",
                        prices.items().stream().map(i -> i.code() + "（" + i.name() + "）").toList()));
            }
            if (item.quantity() <= 0 || item.quantity() > MAX_QUANTITY) {
                throw new QuoteException(QuoteException.Reason.INVALID, "数量要在 1 到 " + MAX_QUANTITY + " 之间");
            }
            merged.merge(item.code().strip(), item.quantity(), Integer::sum);
        }
        List<QuoteLine> lines = new ArrayList<>();
        merged.forEach((code, qty) -> lines.add(QuoteLine.of(prices.item(code).orElseThrow(), qty,
                request.discountPercent())));
        return lines;
    }

    static String hex(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }

    /** Hash of a file's bytes as the compliance scan compares them (lower-case hex). */
    public static String sha256(byte[] bytes) {
        return hex("SHA-256", bytes);
    }

    public static String md5(byte[] bytes) {
        return hex("MD5", bytes);
    }
}
