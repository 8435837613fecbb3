package com.salesbot.bot.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort for an exception no controller and no more specific Micronaut handler answered: a 500 in the
 * {@link ApiError} shape. The exception goes to the log with its stack trace (method and path only, never headers
 * or the body, which may hold tokens or customer text); the client sees a fixed message.
 */
@Singleton
public class UncaughtExceptionHandler implements ExceptionHandler<Throwable, HttpResponse<ApiError>> {
    private static final Logger log = LoggerFactory.getLogger(UncaughtExceptionHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, Throwable exception) {
        log.error("Unhandled error on {} {}", request.getMethodName(), request.getPath(), exception);
        return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiErrorResponses.forStatus(HttpStatus.INTERNAL_SERVER_ERROR.getCode()));
    }
}
