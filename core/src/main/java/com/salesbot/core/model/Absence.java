package com.salesbot.core.model;

import java.time.LocalDate;

/** A rep marked absent (leave, training) from {@code from} to {@code to}, both inclusive. */
public record Absence(String repId, LocalDate from, LocalDate to) {
    public Absence {
        Require.text(repId, "rep id");
        Require.present(from, "from");
        Require.present(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("absence ends before it starts: " + from + ".." + to);
        }
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
