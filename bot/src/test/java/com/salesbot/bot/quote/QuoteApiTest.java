package com.salesbot.bot.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.audit.AuditQuery;
import com.salesbot.core.audit.AuditTrail;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.quote.IssueQuote;
import com.salesbot.core.quote.QuoteStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** POST /api/quotes: a PDF whose registered hashes match its bytes; refusals are Chinese ApiErrors. */
@MicronautTest(environments = "test", transactional = false)
@Property(name = "salesbot.api-token", value = QuoteApiTest.TOKEN)
class QuoteApiTest {
    static final String TOKEN = "quote-test-token";
    final String u = UUID.randomUUID().toString().substring(0, 8);

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    QuoteStore quotes;
    @Inject
    AuditTrail audit;

    private void people() {
        org.saveTeam(new Team("qa-t-" + u, "报价接口组"));
        org.saveRep(new Rep("qa-r-" + u, "接口销售", "qa-t-" + u, Role.REP, null, null, LocalDate.of(2025, 1, 1),
                true));
        customers.save(new Customer("qa-c-" + u, "接口客户", "qa-r-" + u, null, "制造业", "A", 0, false));
    }

    private HttpResponse<byte[]> post(Map<String, Object> body) {
        return client.toBlocking().exchange(HttpRequest.POST("/api/quotes", body).bearerAuth(TOKEN), byte[].class);
    }

    @Test
    void aQuoteComesBackAsThePdfWhoseHashesAreRegistered() {
        people();
        HttpResponse<byte[]> r = post(Map.of("repId", "qa-r-" + u, "customerId", "qa-c-" + u, "discountPercent", 5,
                "items", List.of(Map.of("code", "crm_std", "quantity", 10), Map.of("code", "training",
                        "quantity", 1))));
        assertThat(r.getStatus().getCode()).isEqualTo(201);
        byte[] pdf = r.body();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String number = r.header("X-Quote-Number");
        assertThat(r.header("X-Quote-Sha256")).isEqualTo(IssueQuote.sha256(pdf));
        assertThat(r.header("X-Quote-Total")).isEqualTo("26410.00"); // 10 × 1881 + 7600
        assertThat(quotes.findByHash(IssueQuote.md5(pdf)).orElseThrow().number()).isEqualTo(number);
        assertThat(audit.find(new AuditQuery("qa-r-" + u, "quote.issue", null, null, null, null, 0, 10)).entries())
                .singleElement().satisfies(e -> assertThat(e.entry().subjectId()).isEqualTo(number));
    }

    @Test
    void aDiscountBeyondTheRepsRangeIsA422WithAChineseReason() {
        people();
        assertThatThrownBy(() -> post(Map.of("repId", "qa-r-" + u, "customerId", "qa-c-" + u, "discountPercent", 11,
                "items", List.of(Map.of("code", "crm_std", "quantity", 1)))))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(422);
                    assertThat(e.getResponse().getBody(String.class).orElse(""))
                            .contains("quote_invalid", "折扣只能在 0 到 10% 之间");
                });
        assertThat(quotes.ofCustomer("qa-c-" + u)).isEmpty();
    }
}
