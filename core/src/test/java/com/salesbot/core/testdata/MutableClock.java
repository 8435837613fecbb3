package com.salesbot.core.testdata;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A thread-safe, millisecond clock that tests move by hand. The zone defaults to UTC; {@link #withZone} returns a
 * view sharing the same time, so moving either moves both.
 */
public final class MutableClock extends Clock {
    private final AtomicLong millis;
    private final ZoneId zone;

    public MutableClock(long startMillis) {
        this(startMillis, ZoneOffset.UTC);
    }

    public MutableClock(Instant start) {
        this(start.toEpochMilli(), ZoneOffset.UTC);
    }

    public MutableClock(Instant start, ZoneId zone) {
        this(start.toEpochMilli(), zone);
    }

    public MutableClock(long startMillis, ZoneId zone) {
        this(new AtomicLong(startMillis), zone);
    }

    private MutableClock(AtomicLong millis, ZoneId zone) {
        this.millis = millis;
        this.zone = zone;
    }

    /** A clock at the given ISO instant, in the business zone Asia/Shanghai. */
    public static MutableClock startingAt(String instant) {
        return new MutableClock(Instant.parse(instant), Shanghai.ZONE);
    }

    public void advance(Duration duration) {
        millis.addAndGet(duration.toMillis());
    }

    public void set(long epochMillis) {
        millis.set(epochMillis);
    }

    public void set(Instant instant) {
        set(instant.toEpochMilli());
    }

    @Override
    public long millis() {
        return millis.get();
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis.get());
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new MutableClock(millis, newZone);
    }
}
