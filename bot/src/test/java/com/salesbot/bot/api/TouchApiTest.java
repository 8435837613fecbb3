package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.model.Customer;
import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Role;
import com.salesbot.core.model.Team;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.messaging.OutboxStore;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "salesbot.api-token", value = TouchApiTest.TOKEN)
class TouchApiTest {
    static final String TOKEN = "touch-test-token-91c";
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    OrgStore org;
    @Inject
    CustomerStore customers;
    @Inject
    OutboxStore outbox;
    @Inject
    com.salesbot.core.port.TouchStore touches;

    @BeforeEach
    void seed() {
        org.saveTeam(new Team("tch-t1", "华东一组"));
        org.saveRep(new Rep("tch-r1", "李明", "tch-t1", Role.REP, "TchLiMing", null, LocalDate.of(2025, 1, 1), true));
        customers.save(new Customer("tch-c1", "苏州恒达精密机械有限公司", "tch-r1", null, "制造业", "A", 0, false));
    }

    @Test
    void aTouchIsStoredOnceAndItsResultCardQueuedOnce() {
        long before = outboxRows();
        Map<String, Object> touch = Map.of("repId", "tch-r1", "customerId", "tch-c1", "kind", "CALL",
                "startedAt", System.currentTimeMillis() - 300_000, "durationSeconds", 180, "externalId", "tch-call-1");
        Map<String, Object> first = post(touch);
        assertThat(first).containsEntry("repId", "tch-r1").containsEntry("externalId", "tch-call-1");
        assertThat(outboxRows()).isEqualTo(before + 1);

        Map<String, Object> again = post(touch);
        assertThat(again.get("touchId")).isEqualTo(first.get("touchId"));
        assertThat(outboxRows()).isEqualTo(before + 1);
    }

    @Test
    void theRepMayBeNamedByWecomUserId() {
        Map<String, Object> stored = post(Map.of("wecomUserId", "TchLiMing", "customerId", "tch-c1", "kind", "visit",
                "startedAt", "2026-01-05T10:00:00+08:00", "durationSeconds", 3600, "externalId", "tch-visit-1"));
        assertThat(stored).containsEntry("repId", "tch-r1");
    }

    @Test
    void aBadTouchIs422WithEveryProblemAndNothingStored() {
        // not the outbox row count: the test database is shared, and another context's leftovers may be queued meanwhile
        assertThatThrownBy(() -> post(Map.of("repId", "tch-nobody", "customerId", "tch-c9", "kind", "FAX",
                "startedAt", "yesterday", "durationSeconds", -1)))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
                    List<?> rejected = (List<?>) e.getResponse().getBody(MAP).orElseThrow().get("rejected");
                    assertThat(rejected.stream().map(r -> String.valueOf(((Map<?, ?>) r).get("field")))).containsExactlyInAnyOrder(
                            "repId", "customerId", "kind", "startedAt", "durationSeconds", "externalId");
                });
        assertThat(touches.ofRepBetween("tch-nobody", 0, Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void touchesNeedTheToken() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/touches", Map.of()), MAP))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }

    private Map<String, Object> post(Map<String, Object> body) {
        return http.toBlocking().exchange(HttpRequest.POST("/api/touches", body).bearerAuth(TOKEN), MAP).body();
    }

    private long outboxRows() {
        long n = 0;
        for (MessageStatus s : MessageStatus.values()) {
            n += outbox.count(s);
        }
        return n;
    }
}
