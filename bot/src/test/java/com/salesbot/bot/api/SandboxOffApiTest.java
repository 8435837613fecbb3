package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.annotation.Property;
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

/** With the sandbox switched off the sandbox mark opens nothing. */
@MicronautTest(transactional = false)
@Property(name = "salesbot.sandbox.enabled", value = "false")
class SandboxOffApiTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void theSandboxMarkIsIgnored() {
        assertThatThrownBy(() -> http.toBlocking().exchange(HttpRequest.POST("/api/import/teams", List.of())
                .header(ApiTokenFilter.SANDBOX_HEADER, "true"), Argument.mapOf(String.class, Object.class)))
                .isInstanceOfSatisfying(HttpClientResponseException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
    }
}
