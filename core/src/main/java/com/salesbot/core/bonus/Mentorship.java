package com.salesbot.core.bonus;

import com.salesbot.core.model.Require;
import java.time.LocalDate;

/** A mentor pair (传承): deals the mentee signs from {@code since} on give the mentor a share. */
public record Mentorship(String menteeId, String mentorId, LocalDate since, String setBy, long createdAt) {
    public Mentorship {
        Require.text(menteeId, "mentee id");
        Require.text(mentorId, "mentor id");
        Require.present(since, "mentorship start");
        if (menteeId.equals(mentorId)) {
            throw new IllegalArgumentException("导师不能是本人");
        }
    }
}
