package com.salesbot.bot.health;

import com.salesbot.bot.startup.Backends;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/** Adds "which database, cache and channels" to /health, without secrets. */
@Singleton
public class BackendsHealthIndicator extends AbstractHealthIndicator<Map<String, String>> {
    private final Backends backends;

    public BackendsHealthIndicator(Backends backends) {
        this.backends = backends;
    }

    @Override
    protected Map<String, String> getHealthInformation() {
        healthStatus = HealthStatus.UP;
        return backends.summary();
    }

    @Override
    protected String getName() {
        return "backends";
    }
}
