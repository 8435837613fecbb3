package com.salesbot.bot.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditTrail;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "salesbot.api-token", value = AuditApiTest.TOKEN)
class AuditApiTest {
    static final String TOKEN = "audit-test-token-4d1";
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AuditTrail trail;

    private Map<String, Object> get(String query, String token) {
        HttpRequest<?> request = HttpRequest.GET("/api/audit" + query);
        if (token != null) {
            request = ((io.micronaut.http.MutableHttpRequest<?>) request).bearerAuth(token);
        }
        return http.toBlocking().retrieve(request, MAP);
    }

    @Test
    void filtersAndPagesNewestFirst() {
        String actor = "aud-" + UUID.randomUUID().toString().substring(0, 8);
        trail.record(new AuditEntry(actor, "lead.advance", "lead", "7", "初步接触", "需求确认", "wecom",
                1_764_000_000_000L));
        trail.record(new AuditEntry(actor, "lead.lose", "lead", "8", "方案报价", "输单：价格", "dingtalk",
                1_764_000_060_000L));
        trail.record(new AuditEntry(actor, "absence.create", "absence", actor + ":2026-12-08", null,
                "2026-12-08..2026-12-10", "api", 1_764_000_120_000L));

        Map<String, Object> page = get("?actor=" + actor + "&size=2", TOKEN);
        assertThat(page).containsEntry("total", 3).containsEntry("size", 2);
        List<?> entries = (List<?>) page.get("entries");
        assertThat(entries.stream().map(e -> String.valueOf(((Map<?, ?>) e).get("action"))).toList())
                .containsExactly("absence.create", "lead.lose");

        Map<String, Object> second = get("?actor=" + actor + "&size=2&page=1", TOKEN);
        assertThat(((List<?>) second.get("entries")).stream().map(e -> String.valueOf(((Map<?, ?>) e).get("before"))).toList())
                .containsExactly("初步接触");

        Map<String, Object> leadsInRange = get("?actor=" + actor + "&subjectType=lead&from=1764000000000"
                + "&to=2025-11-24T16:01:00Z", TOKEN);
        assertThat(leadsInRange).containsEntry("total", 1);
    }

    @Test
    void needsTheBearerToken() {
        assertThatThrownBy(() -> get("", null)).isInstanceOfSatisfying(HttpClientResponseException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
        assertThatThrownBy(() -> get("", "wrong")).isInstanceOfSatisfying(HttpClientResponseException.class,
                e -> assertThat(e.getStatus().getCode()).isEqualTo(401));
    }

    @Test
    void badParametersAre400WithAChineseMessage() {
        for (String bad : List.of("?size=0", "?size=201", "?page=-1", "?from=yesterday", "?from=2000&to=1000")) {
            assertThatThrownBy(() -> get(bad, TOKEN)).as(bad)
                    .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                        assertThat(e.getStatus().getCode()).isEqualTo(400);
                        Map<String, Object> body = e.getResponse().getBody(MAP).orElseThrow();
                        assertThat(body).containsEntry("error", "invalid_query");
                        assertThat((String) body.get("message")).doesNotContain("Exception");
                    });
        }
        assertThat(get("?size=200", TOKEN)).containsEntry("size", 200);
    }
}
