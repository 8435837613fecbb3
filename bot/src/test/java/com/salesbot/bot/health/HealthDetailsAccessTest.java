package com.salesbot.bot.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With a real channel configured, /health says UP to anyone and shows its details only with the API token. */
@MicronautTest(transactional = false)
@Property(name = "datasources.default.url",
        value = "jdbc:h2:mem:health_access;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND;DB_CLOSE_DELAY=-1")
@Property(name = "dingtalk.app-key", value = "healthAppKey")
@Property(name = "dingtalk.app-secret", value = "health-secret-not-shown")
@Property(name = "dingtalk.mode", value = "http")
@Property(name = "dingtalk.api-base-url", value = "http://127.0.0.1:9")
@Property(name = "dingtalk.oapi-base-url", value = "http://127.0.0.1:9")
@Property(name = "salesbot.api-token", value = "health-token-7Hq")
@Property(name = "salesbot.demo.enabled", value = "false")
class HealthDetailsAccessTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @SuppressWarnings("unchecked")
    void detailsOnlyWithTheApiToken() {
        Map<String, Object> anonymous = client.toBlocking().retrieve(HttpRequest.GET("/health"), Map.class);
        assertThat(anonymous.get("status")).isEqualTo("UP");
        assertThat(anonymous).doesNotContainKey("details");

        Map<String, Object> wrong = client.toBlocking().retrieve(HttpRequest.GET("/health")
                .bearerAuth("not-the-token"), Map.class);
        assertThat(wrong).doesNotContainKey("details");

        Map<String, Object> withToken = client.toBlocking().retrieve(HttpRequest.GET("/health")
                .bearerAuth("health-token-7Hq"), Map.class);
        assertThat(withToken.get("status")).isEqualTo("UP");
        assertThat(((Map<String, Object>) withToken.get("details"))).containsKey("backends");
        assertThat(withToken.toString()).doesNotContain("health-secret-not-shown");
    }
}
