package com.salesbot.bot.api;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;

/** Test-only routes that fail in ways the real controllers should not: an uncaught exception and a typed path. */
@Controller("/api/error-probe")
@Requires(property = "error-probe.enabled", value = "true")
class ErrorProbeController {
    static final String SECRET_TEXT = "jdbc:mysql://db.internal/salesbot?password=hunter2";

    @Get("/boom")
    String boom() {
        throw new IllegalStateException("connection refused: " + SECRET_TEXT);
    }

    @Get("/numbers/{n}")
    String number(@PathVariable int n) {
        return Integer.toString(n);
    }
}
