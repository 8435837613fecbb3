package com.salesbot.bot.api;

import com.salesbot.core.importing.RowError;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The JSON body of every refused /api call. */
@Serdeable
public record ApiError(String error, String message, List<RowError> rejected) {
    public static ApiError of(String error, String message) {
        return new ApiError(error, message, List.of());
    }
}
