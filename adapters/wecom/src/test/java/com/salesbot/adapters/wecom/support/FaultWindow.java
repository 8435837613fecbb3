package com.salesbot.adapters.wecom.support;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * A fault switch: while open, matching requests are answered with one WeCom error (45009 "api freq out of limit" by
 * default) instead of being handled. Open for a period of the given clock, or until closed.
 */
public final class FaultWindow implements FakeWecomServer.Interceptor {
    private final Clock clock;
    private final int errcode;
    private final Predicate<FakeWecomServer.Request> matches;
    private volatile long openUntil;
    private volatile int refused;

    public FaultWindow(Clock clock, int errcode, Predicate<FakeWecomServer.Request> matches) {
        this.clock = clock;
        this.errcode = errcode;
        this.matches = matches;
    }

    /** 45009 on every message/send. */
    public static FaultWindow rateLimitOnSend(Clock clock) {
        return new FaultWindow(clock, 45009, r -> r.path().equals("/cgi-bin/message/send"));
    }

    public FaultWindow openFor(Duration period) {
        openUntil = clock.millis() + period.toMillis();
        return this;
    }

    public void close() {
        openUntil = 0;
    }

    public int refused() {
        return refused;
    }

    @Override
    public String answer(FakeWecomServer.Request request) {
        if (clock.millis() >= openUntil || !matches.test(request)) {
            return null;
        }
        refused++;
        return "{\"errcode\":" + errcode + ",\"errmsg\":\"api freq out of limit (fake fault window)\"}";
    }
}
