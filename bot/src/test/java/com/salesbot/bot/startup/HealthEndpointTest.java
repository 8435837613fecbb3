package com.salesbot.bot.startup;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class HealthEndpointTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @SuppressWarnings("unchecked")
    void embeddedDefaultIsUpAndSaysWhichBackends() {
        Map<String, Object> health = client.toBlocking().retrieve("/health", Map.class);
        assertThat(health.get("status")).isEqualTo("UP");
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        Map<String, Object> backends = (Map<String, Object>) ((Map<String, Object>) details.get("backends"))
                .get("details");
        assertThat(backends).containsEntry("cache", "in-memory").containsEntry("wecom", "off")
                .containsEntry("dingtalk", "off");
        assertThat((String) backends.get("database")).startsWith("H2 in-memory");
    }
}
