package com.salesbot.bot.api;

import com.salesbot.core.importing.RowError;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The one JSON body of every refused HTTP call, from a controller or from the server itself (malformed JSON, wrong
 * content type, unknown route, uncaught exception): {@code {"error":"bad_json","message":"请求体不是有效的 JSON"}}.
 * {@code error} is a short, stable English code a client can switch on; {@code message} is for people (Chinese or
 * English) and never carries exception text or a stack trace; {@code rejected} lists every bad row or field of an
 * import or a touch and is left out when empty.
 */
@Serdeable
public record ApiError(String error, String message, @Nullable List<RowError> rejected) {
    public ApiError {
        rejected = rejected == null || rejected.isEmpty() ? null : List.copyOf(rejected);
    }

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
