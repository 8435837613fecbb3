package com.salesbot.bot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.demo.DemoCompanyGenerator;
import com.salesbot.core.port.OrgStore;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Outside tests the demo company loads in the background after start-up: /health is UP at once and says under
 * "demo" whether the load is still running; once it says loaded the whole company is there.
 */
@MicronautTest(transactional = false)
@Property(name = "salesbot.demo.enabled", value = "true")
@Property(name = "salesbot.demo.background", value = "true")
@Property(name = "datasources.default.url", value = "jdbc:h2:mem:demobackground;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
        + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=DAY,VALUE,USER,YEAR,MONTH,HOUR,MINUTE,SECOND;DB_CLOSE_DELAY=-1")
class DemoBackgroundLoadTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    OrgStore org;
    @Inject
    DemoCompanyStartup startup;

    @Test
    void healthIsUpWhileTheDemoLoadsAndSaysWhenItIsLoaded() throws InterruptedException {
        assertThat(demoState()).isIn("loading", "loaded");
        long until = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!"loaded".equals(demoState()) && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(demoState()).isEqualTo("loaded");
        assertThat(startup.state()).isEqualTo("loaded");
        assertThat(org.teams()).hasSize(DemoCompanyGenerator.TEAMS);
        assertThat(startup.load()).isFalse();
        assertThat(startup.state()).isEqualTo("skipped");
    }

    @SuppressWarnings("unchecked")
    private String demoState() {
        Map<String, Object> health = client.toBlocking().retrieve("/health", Map.class);
        assertThat(health.get("status")).isEqualTo("UP");
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        return (String) ((Map<String, Object>) ((Map<String, Object>) details.get("demo")).get("details"))
                .get("state");
    }
}
