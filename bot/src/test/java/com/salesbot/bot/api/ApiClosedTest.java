package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No salesbot.api-token on the embedded default: closed, except for the sandbox's own marked calls. */
@MicronautTest(transactional = false)
class ApiClosedTest {
    private static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void withoutATokenTheApiAnswers401EvenToABearer() {
        for (HttpRequest<?> request : List.of(HttpRequest.POST("/api/import/teams", List.of()),
                HttpRequest.POST("/api/import/teams", List.of()).bearerAuth("anything"),
                HttpRequest.POST("/api/import/teams", List.of()).header(ApiTokenFilter.SANDBOX_HEADER, "false"))) {
            assertThatThrownBy(() -> http.toBlocking().exchange(request, MAP))
                    .isInstanceOfSatisfying(HttpClientResponseException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
        }
    }

    @Test
    void theEmbeddedSandboxMayCallFromThisMachine() {
        var response = http.toBlocking().exchange(HttpRequest.POST("/api/import/teams",
                List.of(Map.of("id", "cls-t1", "name", "沙盒组"))).header(ApiTokenFilter.SANDBOX_HEADER, "true"), MAP);
        assertThat(response.getStatus().getCode()).isEqualTo(HttpStatus.OK.getCode());
    }
}
