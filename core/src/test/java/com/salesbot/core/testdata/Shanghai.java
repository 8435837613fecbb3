package com.salesbot.core.testdata;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

/** Instants written as Shanghai wall-clock time, the business zone of the tests. */
public final class Shanghai {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Shanghai() {
    }

    public static long at(LocalDateTime wallClock) {
        return wallClock.atZone(ZONE).toInstant().toEpochMilli();
    }

    public static long at(LocalDate day, int hour, int minute, int second) {
        return at(day.atTime(LocalTime.of(hour, minute, second)));
    }

    /** Noon of the day, safely inside it. */
    public static long noon(LocalDate day) {
        return at(day, 12, 0, 0);
    }
}
