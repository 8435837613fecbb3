package com.salesbot.bot.health;

import com.salesbot.bot.api.DemoCompanyStartup;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Says on /health whether the demo company is still being loaded in the background (the bot answers meanwhile, so
 * it is UP either way): off, loading, loaded, skipped or failed.
 */
@Singleton
public class DemoHealthIndicator extends AbstractHealthIndicator<Map<String, String>> {
    private final DemoCompanyStartup demo;

    public DemoHealthIndicator(DemoCompanyStartup demo) {
        this.demo = demo;
    }

    @Override
    protected Map<String, String> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        return Map.of("state", demo.state());
    }

    @Override
    protected String getName() {
        return "demo";
    }
}
