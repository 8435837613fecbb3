package com.salesbot.bot.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.feature.targets.port.TargetsDataStore;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.model.OpportunityStatus;
import com.salesbot.core.model.Payment;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OpportunityStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.port.PaymentStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "salesbot.api-token", value = TargetsApiTest.TOKEN)
class TargetsApiTest {
    static final String TOKEN = "targets-api-token-91c";
    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    OpportunityStore opportunities;
    @Inject
    PaymentStore payments;
    @Inject
    TargetsDataStore data;

    <T> T post(String path, Object body, Argument<T> type) {
        return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(TOKEN), type);
    }

    Map<String, Object> refused(String path, Object body, HttpStatus status) {
        HttpClientResponseException[] caught = new HttpClientResponseException[1];
        assertThatThrownBy(() -> post(path, body, MAP)).isInstanceOfSatisfying(HttpClientResponseException.class,
                e -> caught[0] = e);
        assertThat(caught[0].getStatus().getCode()).isEqualTo(status.getCode());
        return caught[0].getResponse().getBody(MAP).orElseThrow();
    }

    void team(String t) {
        long now = System.currentTimeMillis();
        org.saveTeam(new Team(t, "推演组"));
        org.saveRep(new Rep(t + "-m", "主管", t, Role.MANAGER, null, null, LocalDate.of(2024, 1, 1), true));
        for (int i = 1; i <= 3; i++) {
            String rep = t + "-r" + i;
            org.saveRep(new Rep(rep, "销售" + i, t, Role.REP, null, null, LocalDate.of(2024, 1, 1), true));
            customers.save(new Customer(rep + "-c", "客户" + i, rep, null, "制造业", "A", 0, true));
            payments.save(new Payment(rep + "-p", rep, rep + "-c", null, i * 1_000_000_00L, now - 30 * 86_400_000L));
            opportunities.save(new Opportunity(rep + "-o", rep + "-c", rep, i * 300_000_00L, "quote", true, true,
                    i > 1, null, OpportunityStatus.OPEN, false, now - 10 * 86_400_000L, 0));
            opportunities.save(new Opportunity(rep + "-w", rep + "-c", rep, i * 200_000_00L, "won", true, true, true,
                    null, OpportunityStatus.WON, i != 2, now - 100 * 86_400_000L, now - 40 * 86_400_000L));
        }
    }

    @Test
    void runsTheSandboxIntoThreePlansThatEachAddUpToTheFen() {
        team("tpa");
        post("/api/market-factors", List.of(Map.of("industry", "制造业", "quarter", "2031Q1", "factor", 1.2,
                "note", "Q1 招标集中")), MAP);

        Map<String, Object> session = http.toBlocking().retrieve(HttpRequest.POST("/api/target-plans",
                Map.of("teamId", "tpa", "quarter", "2031Q1")).bearerAuth(TOKEN), MAP);

        assertThat(session).containsEntry("teamId", "tpa").containsEntry("open", true);
        List<Map<String, Object>> plans = (List<Map<String, Object>>) session.get("plans");
        assertThat(plans).extracting(p -> p.get("label")).containsExactly("激进", "稳健", "保守");
        for (Map<String, Object> p : plans) {
            long sum = ((List<Map<String, Object>>) p.get("shares")).stream()
                    .mapToLong(s -> ((Number) s.get("amountFen")).longValue()).sum();
            assertThat(sum).isEqualTo(((Number) p.get("totalFen")).longValue());
            assertThat((List<?>) p.get("shares")).hasSize(3);
        }
        assertThat((List<String>) plans.get(0).get("assumptions")).anyMatch(l -> l.contains("× 1.2")
                && l.contains("Q1 招标集中"));
    }

    @Test
    void badPlanRequestsAreJsonErrors() {
        assertThat(refused("/api/target-plans", Map.of("teamId", "tpa"), HttpStatus.BAD_REQUEST))
                .containsEntry("error", "invalid_request");
        assertThat(refused("/api/target-plans", Map.of("teamId", "tpa", "quarter", "Q9"), HttpStatus.BAD_REQUEST))
                .containsEntry("error", "invalid_quarter");
        assertThat(refused("/api/target-plans", Map.of("teamId", "no-such", "quarter", "2031Q1"),
                HttpStatus.NOT_FOUND)).containsEntry("error", "unknown_team");
    }

    @Test
    void ordersWithOneBadRowWriteNothingAndSayWhy() {
        Map<String, Object> report = refused("/api/orders", List.of(
                Map.of("id", "api-o1", "customerId", "api-c1", "amountFen", 100, "status", "待发货", "fulfilled", false,
                        "orderedAt", "2031-01-05T10:00:00+08:00"),
                Map.of("id", "api-o2", "customerId", "api-c1", "amountFen", -5, "status", "待发货", "fulfilled", "maybe",
                        "orderedAt", 1)), HttpStatus.UNPROCESSABLE_ENTITY);

        assertThat(report).containsEntry("imported", 0);
        assertThat((List<Map<String, Object>>) report.get("rejected")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("row", 2).containsEntry("field", "amountFen"));
        assertThat(data.ordersOf("api-c1", 0, Long.MAX_VALUE)).isEmpty();

        assertThat(post("/api/orders", List.of(Map.of("id", "api-o1", "customerId", "api-c1", "amountFen", 100,
                "status", "待发货", "fulfilled", "否", "orderedAt", "2031-01-05T10:00:00+08:00")), MAP))
                .containsEntry("imported", 1);
        assertThat(data.ordersOf("api-c1", 0, Long.MAX_VALUE)).singleElement()
                .satisfies(o -> assertThat(o.orderedAt()).isEqualTo(LocalDate.of(2031, 1, 5).atTime(10, 0)
                        .toInstant(ZoneOffset.ofHours(8)).toEpochMilli()));
    }

    @Test
    void growthPointsOfAnUnknownKindAreRefusedAndKnownOnesAreApproved() {
        Map<String, Object> report = refused("/api/growth-points", List.of(Map.of("repId", "gp-r1", "kind", "karaoke",
                "item", "x")), HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(report.toString()).contains("karaoke").doesNotContain("Exception");

        post("/api/growth-points", List.of(Map.of("repId", "gp-r1", "kind", "certification", "item", "产品认证L2")), MAP);
        assertThat(data.growthEntries("gp-r1")).singleElement().satisfies(e -> {
            assertThat(e.points()).isEqualTo(50);
            assertThat(e.status()).isEqualTo("APPROVED");
        });
    }

    @Test
    void voiceSamplesAreRepeatableAndNeedAQuarter() {
        team("tvs");
        // the won deals closed 40 days ago: they fall in the 3 months before the following quarter
        String quarter = com.salesbot.core.model.Quarter.of(LocalDate.now(ZoneOffset.ofHours(8)).minusDays(40)).next()
                .toString();
        HttpRequest<?> get = HttpRequest.GET("/api/voice-samples?quarter=" + quarter).bearerAuth(TOKEN);

        List<Map<String, Object>> first = http.toBlocking().retrieve(get, LIST);

        assertThat(first).isEqualTo(http.toBlocking().retrieve(get, LIST));
        assertThat(first).filteredOn(r -> String.valueOf(r.get("repId")).startsWith("tvs-")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("customerId")).isEqualTo(r.get("repId") + "-c"));
        assertThatThrownBy(() -> http.toBlocking().retrieve(HttpRequest.GET("/api/voice-samples").bearerAuth(TOKEN),
                MAP)).isInstanceOfSatisfying(HttpClientResponseException.class, e ->
                assertThat(e.getStatus().getCode()).isEqualTo(400));
    }
}
