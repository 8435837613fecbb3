package com.salesbot.bot.e2e;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Replaces the bot's system clock in the "e2e-clock" environment only, so a test can stand at the moment an
 * official WeCom test vector was signed (the verifier's 300 s window is not a property).
 */
@Singleton
@Replaces(Clock.class)
@Requires(env = SettableClock.ENV)
public class SettableClock extends Clock {
    static final String ENV = "e2e-clock";

    private volatile Instant now = Instant.now();

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
