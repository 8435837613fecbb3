package com.salesbot.bot.health;

import com.salesbot.bot.api.ApiToken;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.management.health.indicator.HealthResult;

/**
 * /health answers UP/DOWN to anyone; its details (database, cache, channels, hosts) only to a caller with the API
 * token, and on the embedded default also to this machine, so the first-run check stays one curl. Everyone else gets
 * the status alone.
 */
@ServerFilter({"/health", "/health/**"})
public class HealthDetailsFilter implements Ordered {
    private final ApiToken token;

    public HealthDetailsFilter(ApiToken token) {
        this.token = token;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    public void hideDetails(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (token.presentedBy(request) || token.embeddedDefault() && ApiToken.fromLoopback(request)) {
            return;
        }
        response.getBody(HealthResult.class).ifPresent(result -> ((MutableHttpResponse<Object>) response)
                .body(HealthResult.builder(result.getName(), result.getStatus()).build()));
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 100;
    }
}
