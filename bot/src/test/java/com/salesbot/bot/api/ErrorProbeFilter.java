package com.salesbot.bot.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Test-only: every request under /api/error-probe fails with an exception whose text must never reach the client.
 * A filter rather than a controller, so the build-time OpenAPI document of the test classes stays the real one.
 */
@ServerFilter("/api/error-probe/**")
@Requires(property = "error-probe.enabled", value = "true")
class ErrorProbeFilter {
    static final String SECRET_TEXT = "jdbc:mysql://db.internal/salesbot?password=hunter2";

    @RequestFilter
    void boom(HttpRequest<?> request) {
        throw new IllegalStateException("connection refused: " + SECRET_TEXT);
    }
}
