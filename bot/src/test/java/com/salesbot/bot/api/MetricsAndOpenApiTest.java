package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.bot.channel.CallbackListener;
import com.salesbot.bot.metrics.BotMetrics;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "endpoints.prometheus.sensitive", value = "false")
@Property(name = "micronaut.router.static-resources.swagger.paths", value = "classpath:META-INF/swagger")
@Property(name = "micronaut.router.static-resources.swagger.mapping", value = "/swagger/**")
class MetricsAndOpenApiTest {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    BotMetrics metrics;
    @Inject
    CallbackListener callbacks;

    @Test
    void countersAndStoreGaugesAreScrapedByPrometheus() {
        assertThat(callbacks).isSameAs(metrics);
        callbacks.callback("wecom", "accepted");
        callbacks.callback("wecom", "accepted");
        metrics.pushSent("daily_digest");
        metrics.failed("dingtalk");
        callbacks.recorded(1);
        callbacks.recorded(5);
        metrics.refresh();
        String scrape = http.toBlocking().retrieve(HttpRequest.GET("/prometheus"));
        assertThat(scrape)
                .containsPattern("salesbot_callbacks_total\\{[^}]*channel=\"wecom\"[^}]*outcome=\"accepted\"[^}]*} 2\\.0")
                .containsPattern("salesbot_pushes_total\\{[^}]*kind=\"daily_digest\"[^}]*} 1\\.0")
                .containsPattern("salesbot_inbox_record_batch_count(\\{[^}]*})? 2(\\.0)?\\n")
                .containsPattern("salesbot_inbox_record_batch_sum(\\{[^}]*})? 6\\.0")
                .containsPattern("salesbot_inbox_record_batch_max(\\{[^}]*})? 5\\.0")
                .containsPattern("salesbot_send_failures_total\\{[^}]*channel=\"dingtalk\"[^}]*} 1\\.0")
                .containsPattern("salesbot_inbox_pending(\\{[^}]*})? \\d")
                .containsPattern("salesbot_outbox_messages\\{[^}]*status=\"PENDING\"[^}]*} \\d")
                .containsPattern("salesbot_inbox_oldest_age_seconds(\\{[^}]*})? \\d")
                .containsPattern("salesbot_outbox_oldest_age_seconds(\\{[^}]*})? \\d");
    }

    @Test
    void theBuildTimeOpenApiDocumentIsServed() {
        String yaml = http.toBlocking().retrieve(HttpRequest.GET("/swagger/salesbot.yml"));
        assertThat(yaml).contains("title: salesbot").contains("/api/import/{kind}").contains("/api/touches")
                .contains("scheme: bearer");
    }
}
