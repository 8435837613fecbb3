package com.salesbot.bot.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.bonus.IncentiveStore;
import com.salesbot.core.bonus.Mentorship;
import com.salesbot.core.deal.DealReviewStore;
import com.salesbot.core.deal.DealStore;
import com.salesbot.core.deal.ReviewStatus;
import com.salesbot.core.port.ServiceTicketStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R11/R21 imports and the bonus ledger export over HTTP (embedded H2). */
@MicronautTest(transactional = false)
@Property(name = "salesbot.api-token", value = DealApiTest.TOKEN)
class DealApiTest {
    static final String TOKEN = "deal-test-token-5c1d";
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    DealStore deals;
    @Inject
    DealReviewStore reviews;
    @Inject
    IncentiveStore incentives;
    @Inject
    ServiceTicketStore tickets;

    @BeforeEach
    void org() {
        post("teams", List.of(Map.of("id", "dl-t1", "name", "大客户一组")));
        post("people", List.of(Map.of("id", "dl-m1", "name", "王经理", "role", "MANAGER", "teamId", "dl-t1"),
                Map.of("id", "dl-r1", "name", "李销售", "role", "REP", "teamId", "dl-t1"),
                Map.of("id", "dl-r2", "name", "新人小周", "role", "REP", "teamId", "dl-t1")));
        post("customers", List.of(Map.of("id", "dl-c1", "name", "华东精密", "ownerRepId", "dl-r1"),
                Map.of("id", "dl-c2", "name", "南方制药", "ownerRepId", "dl-r1")));
    }

    private HttpResponse<Map<String, Object>> post(String kind, Object body) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/import/" + kind, body).bearerAuth(TOKEN), MAP);
    }

    private HttpResponse<Map<String, Object>> postCsv(String kind, String csv) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/import/" + kind, csv)
                .contentType(MediaType.of("text/csv")).bearerAuth(TOKEN), MAP);
    }

    private Map<String, Object> rejected(Runnable call) {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, call::run);
        assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
        return e.getResponse().getBody(MAP).orElseThrow();
    }

    @Test
    void aHealthyAndARiskyDealAreImportedAndOnlyTheRiskyOneIsQueuedForItsTeam() {
        String csv = "id,customerId,repId,amountFen,signedOn,annexName,annexSignedByBoth,implementationWeek,"
                + "csmBeforeSigning,roles,firstPaymentFen,firstPaymentOn,firstPaymentReceipt\n"
                + "dl-ok,dl-c1,dl-r1,100000000,2026-03-02,《报表定制说明书》,true,2026-04-08,true,"
                + "signer=纪要0220;it_owner=纪要0220;finance=审批邮件,30000000,2026-03-05,HD-1\n"
                + "dl-risky,dl-c2,dl-r1,50000000,2026-03-03,,false,,false,purchasing=拜访记录,0,,\n";
        assertThat(postCsv("deals", csv).body()).containsEntry("imported", 2);
        assertThat(deals.find("dl-ok").orElseThrow().roles()).hasSize(3);
        assertThat(reviews.review("dl-ok")).isEmpty();
        assertThat(reviews.review("dl-risky")).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(ReviewStatus.PENDING);
            assertThat(r.teamId()).isEqualTo("dl-t1");
            assertThat(r.reasons()).contains("仅与采购专员单线联系", "全部采用标准版合同模板");
        });
    }

    @Test
    void aBatchWithOneBadDealWritesNothingAndNamesTheRowAndField() {
        List<Map<String, Object>> rows = List.of(
                Map.of("id", "dl-bad1", "customerId", "dl-c1", "repId", "dl-r1", "amountFen", 1000,
                        "signedOn", "2026-03-02"),
                Map.of("id", "dl-bad2", "customerId", "dl-c1", "repId", "dl-r1", "amountFen", 1000,
                        "signedOn", "2026-03-02", "roles", "boss=老板"),
                Map.of("id", "dl-bad3", "customerId", "nope", "repId", "dl-r1", "amountFen", 1000,
                        "signedOn", "2026/03/02", "firstPaymentFen", 2000, "firstPaymentOn", "2026-03-03"));
        Map<String, Object> body = rejected(() -> post("deals", rows));
        assertThat(body).containsEntry("imported", 0);
        assertThat((List<Map<String, Object>>) body.get("rejected")).extracting(r -> r.get("row") + ":" + r.get("field"))
                .contains("2:roles", "3:customerId", "3:signedOn");
        assertThat(deals.find("dl-bad1")).isEmpty();
    }

    @Test
    void coefficientInputsAreImportedAndBadRowsWriteNothing() {
        assertThat(post("service-tickets", List.of(Map.of("id", "dl-tk1", "customerId", "dl-c1",
                "openedAt", "2026-03-02T09:00:00+08:00", "firstResponseAt", "2026-03-02T09:30:00+08:00",
                "major", true))).body()).containsEntry("imported", 1);
        assertThat(tickets.openedBetween(List.of("dl-c1"), 0, Long.MAX_VALUE)).hasSize(1);
        assertThat(rejected(() -> post("service-tickets", List.of(Map.of("id", "dl-tk2", "customerId", "dl-c1",
                "openedAt", "2026-03-02T09:00:00+08:00", "firstResponseAt", "2026-03-01T09:00:00+08:00")))))
                .containsEntry("imported", 0);

        assertThat(post("nps", List.of(Map.of("customerId", "dl-c1", "month", "2026-03", "nps", 40))).body())
                .containsEntry("imported", 1);
        rejected(() -> post("nps", List.of(Map.of("customerId", "dl-c2", "month", "2026-03", "nps", 40),
                Map.of("customerId", "dl-c1", "month", "2026-03", "nps", 101))));
        assertThat(incentives.nps(java.time.YearMonth.of(2026, 3), java.time.YearMonth.of(2026, 3)))
                .noneMatch(s -> s.customerId().equals("dl-c2"));

        rejected(() -> post("kb-adoption", List.of(Map.of("repId", "dl-r1", "month", "2026-03", "suggested", 3,
                "adopted", 4))));
        assertThat(post("cs-sessions", List.of(Map.of("id", "dl-s1", "repId", "dl-r1", "heldOn", "2026-03-04",
                "minutes", 120, "topic", "价值回顾"))).body()).containsEntry("imported", 1);
        rejected(() -> post("cs-sessions", List.of(Map.of("id", "dl-s2", "repId", "dl-r1", "heldOn", "2026-03-04",
                "minutes", 0))));

        rejected(() -> post("mentorships", List.of(Map.of("menteeId", "dl-r2", "mentorId", "dl-r2",
                "since", "2026-01-01"))));
        assertThat(post("mentorships", List.of(Map.of("menteeId", "dl-r2", "mentorId", "dl-r1",
                "since", "2026-01-01"))).body()).containsEntry("imported", 1);
        assertThat(incentives.mentorships()).extracting(Mentorship::mentorId).contains("dl-r1");
    }

    @Test
    void theLedgerIsSettledOnceAndExportedAsJsonAndCsv() {
        post("deals", List.of(Map.of("id", "dl-paid", "customerId", "dl-c1", "repId", "dl-r1",
                "amountFen", 10_000_000, "signedOn", "2025-01-06", "firstPaymentFen", 3_000_000,
                "firstPaymentOn", "2025-01-20", "roles", "signer=纪要;it_owner=纪要;finance=纪要")));
        HttpResponse<Map> first = http.toBlocking().exchange(HttpRequest.POST("/api/bonuses/settle?month=2025-01", "")
                .bearerAuth(TOKEN), Map.class);
        assertThat(first.body()).containsEntry("written", 1);
        HttpResponse<Map> again = http.toBlocking().exchange(HttpRequest.POST("/api/bonuses/settle?month=2025-01", "")
                .bearerAuth(TOKEN), Map.class);
        assertThat(again.body()).containsEntry("written", 0);

        List<Map<String, Object>> json = http.toBlocking().retrieve(HttpRequest.GET("/api/bonuses?month=2025-01")
                .bearerAuth(TOKEN), Argument.listOf(MAP));
        assertThat(json).filteredOn(r -> "dl-paid".equals(r.get("dealId"))).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("part", "PAYMENT").containsEntry("state", "RELEASED")
                    .containsEntry("beneficiaryId", "dl-r1");
            // base 8% = 800,000 fen; no CS sessions in January = 0 points < 6, so the coefficient is capped at 0.9;
            // the payment half of 720,000
            assertThat(((Number) r.get("amountFen")).longValue()).isEqualTo(360_000L);
        });
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/api/bonuses?month=2025-01&format=csv")
                .bearerAuth(TOKEN), String.class);
        assertThat(csv).contains("dealId,part,beneficiaryId").contains("dl-paid,PAYMENT,dl-r1,false,360000,RELEASED");
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.GET("/api/bonuses?month=2025-13")
                .bearerAuth(TOKEN), MAP)).isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.BAD_REQUEST.getCode());
                    assertThat(e.getResponse().getBody(MAP).orElseThrow()).containsEntry("error", "bad_month");
                });
    }
}
