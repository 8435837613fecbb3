package com.salesbot.core.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.fakes.InMemoryCustomerStore;
import com.salesbot.core.fakes.InMemoryOrgStore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.Transactions;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Quotes within the issuer's discount range and scope, priced from the list, numbered per day, hashed, audited. */
class IssueQuoteTest {
    static final PriceList PRICES = new PriceList("示例科技有限公司", "CNY", List.of(
            new PriceItem("crm_pro", "销售助手 专业版", "用户/年", new BigDecimal("2980")),
            new PriceItem("impl_day", "实施服务", "人天", new BigDecimal("3000"))),
            Map.of(Role.REP, 10, Role.MANAGER, 20), 30);
    // 2026-12-03 23:30 in Shanghai: the number takes the Shanghai day
    final Clock clock = Clock.fixed(Instant.parse("2026-12-03T15:30:00Z"), ZoneOffset.UTC);
    final InMemoryOrgStore org = new InMemoryOrgStore();
    final InMemoryCustomerStore customers = new InMemoryCustomerStore();
    final List<Quote> saved = new ArrayList<>();
    final List<AuditEntry> audit = new ArrayList<>();
    final Rep rep = new Rep("r1", "杨静", "t1", Role.REP, "yj", null, LocalDate.of(2025, 1, 1), true);
    final Rep other = new Rep("r2", "李雷", "t2", Role.REP, "ll", null, LocalDate.of(2025, 1, 1), true);
    final Rep manager = new Rep("m1", "王经理", "t1", Role.MANAGER, "wm", null, LocalDate.of(2025, 1, 1), true);

    final QuoteStore store = new QuoteStore() {
        @Override
        public void save(Quote quote) {
            saved.add(quote);
        }

        @Override
        public Optional<Quote> find(String number) {
            return saved.stream().filter(q -> q.number().equals(number)).findFirst();
        }

        @Override
        public Optional<Quote> findByHash(String hash) {
            return saved.stream().filter(q -> q.sha256().equals(hash) || q.md5().equals(hash)).findFirst();
        }

        @Override
        public List<Quote> ofCustomer(String customerId) {
            return saved.stream().filter(q -> q.customerId().equals(customerId)).toList();
        }
    };
    final Transactions tx = new Transactions() {
        @Override
        public <T> T inTransaction(java.util.function.Supplier<T> work) {
            return work.get();
        }
    };
    final IssueQuote issue = new IssueQuote(PRICES, store,
            (q, company, customer, repName, until) -> (q.number() + "|" + company + "|" + customer + "|" + until)
                    .getBytes(StandardCharsets.UTF_8),
            customers, org, new InMemoryCounterStore(clock), audit::add, tx, clock);

    IssueQuoteTest() {
        org.saveTeam(new Team("t1", "华东组"));
        org.saveTeam(new Team("t2", "华南组"));
        org.saveRep(rep);
        org.saveRep(other);
        org.saveRep(manager);
        customers.save(new Customer("c1", "华东精密", "r1", "wm1", "制造业", "A", 0, false));
    }

    private IssueQuote.Request request(int discount) {
        return new IssueQuote.Request("c1", List.of(new IssueQuote.Item("crm_pro", 20),
                new IssueQuote.Item("impl_day", 3), new IssueQuote.Item("crm_pro", 5)), discount);
    }

    @Test
    void aQuoteAtTheRepsLargestDiscountIsPricedNumberedHashedAndAudited() {
        IssueQuote.Issued issued = issue.issue(rep, request(10), "wecom");
        Quote q = issued.quote();
        assertThat(q.number()).isEqualTo("BJ-20261203-001");
        assertThat(q.lines()).extracting(QuoteLine::code, QuoteLine::quantity)
                .containsExactly(tuple("crm_pro", 25),
                        tuple("impl_day", 3));
        assertThat(q.lines().get(0).unitPrice()).isEqualByComparingTo("2682");
        assertThat(q.total()).isEqualByComparingTo("75150"); // 25 × 2682 + 3 × 2700
        assertThat(q.sha256()).isEqualTo(IssueQuote.sha256(issued.pdf())).hasSize(64);
        assertThat(q.md5()).isEqualTo(IssueQuote.md5(issued.pdf())).hasSize(32);
        assertThat(new String(issued.pdf(), StandardCharsets.UTF_8))
                .isEqualTo("BJ-20261203-001|示例科技有限公司|华东精密|2027-01-02");
        assertThat(saved).containsExactly(q);
        assertThat(audit).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("quote.issue");
            assertThat(a.subjectId()).isEqualTo(q.number());
            assertThat(a.channel()).isEqualTo("wecom");
        });
        assertThat(issue.issue(rep, request(0), "api").quote().number()).isEqualTo("BJ-20261203-002");
    }

    @Test
    void numbersAlreadyStoredThatDayAreSkippedAfterACounterReset() {
        String first = issue.issue(rep, request(0), "api").quote().number();
        IssueQuote restarted = new IssueQuote(PRICES, store, (q, company, customer, repName, until) -> new byte[] {1},
                customers, org, new InMemoryCounterStore(clock), audit::add, tx, clock);
        assertThat(restarted.issue(rep, request(0), "api").quote().number()).isNotEqualTo(first)
                .isEqualTo("BJ-20261203-002");
    }

    @Test
    void oneStepBeyondTheRepsRangeIsRefusedButTheManagerMayGiveIt() {
        assertThatThrownBy(() -> issue.issue(rep, request(11), "api")).isInstanceOf(QuoteException.class)
                .hasMessage("折扣只能在 0 到 10% 之间（你的授权上限）");
        assertThat(saved).isEmpty();
        assertThat(issue.issue(manager, request(11), "api").quote().discountPercent()).isEqualTo(11);
        assertThatThrownBy(() -> issue.issue(manager, request(21), "api")).isInstanceOf(QuoteException.class);
    }

    @Test
    void aCustomerOutsideTheIssuersScopeUnknownItemsAndEmptyQuotesAreRefused() {
        assertThatThrownBy(() -> issue.issue(other, request(0), "api")).isInstanceOf(QuoteException.class)
                .satisfies(e -> assertThat(((QuoteException) e).reason()).isEqualTo(QuoteException.Reason.FORBIDDEN));
        assertThatThrownBy(() -> issue.issue(rep, new IssueQuote.Request("c1",
                List.of(new IssueQuote.Item("gold", 1)), 0), "api")).hasMessageStartingWith("价目表里没有产品 gold");
        assertThatThrownBy(() -> issue.issue(rep, new IssueQuote.Request("c1", List.of(), 0), "api"))
                .hasMessage("报价单至少要有一个产品");
        assertThatThrownBy(() -> issue.issue(rep, new IssueQuote.Request("nobody", List.of(
                new IssueQuote.Item("crm_pro", 1)), 0), "api")).satisfies(e ->
                assertThat(((QuoteException) e).reason()).isEqualTo(QuoteException.Reason.NOT_FOUND));
        assertThat(saved).isEmpty();
    }

    @Test
    void theIssuedQuoteSanctionsItsAmountsForItsCustomerOnly() {
        Quote q = issue.issue(rep, request(10), "api").quote();
        QuotePrices known = new QuotePrices(PRICES, store);
        assertThat(known.sanctioned("c1", new BigDecimal("75150.00"))).isTrue();
        assertThat(known.sanctioned("c1", new BigDecimal("2682"))).isTrue();
        assertThat(known.sanctioned("c2", new BigDecimal("75150"))).isFalse();
        assertThat(known.sanctioned("c2", new BigDecimal("2980"))).isTrue();
        assertThat(known.sanctioned("c1", new BigDecimal("75149"))).isFalse();
        assertThat(known.quoteRecipient(q.md5().toUpperCase())).contains("c1");
    }

    @Test
    void theFileOfAnIssuedQuoteIsRebuiltOnlyWhenItHashesToTheRegisteredOne() {
        IssueQuote.Issued issued = issue.issue(rep, request(10), "wecom");
        QuoteFiles files = new QuoteFiles(issue);
        assertThat(files.load("quote:" + issued.quote().number())).hasValueSatisfying(
                pdf -> assertThat(pdf).isEqualTo(issued.pdf()));
        assertThat(files.load("quote:BJ-19990101-001")).isEmpty();
        assertThat(files.load(issued.quote().number())).as("not a quote ref").isEmpty();
        // a renderer that no longer reproduces the registered bytes (here: a different validity period) gives nothing
        IssueQuote changed = new IssueQuote(new PriceList(PRICES.company(), PRICES.currency(), PRICES.items(),
                PRICES.discounts(), PRICES.validDays() + 1), store,
                (q, company, customer, repName, until) -> (q.number() + "|" + company + "|" + customer + "|" + until)
                        .getBytes(StandardCharsets.UTF_8),
                customers, org, new InMemoryCounterStore(clock), audit::add, tx, clock);
        assertThat(new QuoteFiles(changed).load("quote:" + issued.quote().number())).isEmpty();
    }
}
