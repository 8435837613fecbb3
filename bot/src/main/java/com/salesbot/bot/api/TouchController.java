package com.salesbot.bot.api;

import com.salesbot.bot.wiring.MessagePump;
import com.salesbot.core.importing.TouchIngestion;
import com.salesbot.core.model.Touch;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Touches from phone systems and calendars: {@code repId} or {@code wecomUserId}, {@code customerId},
 * {@code kind} (CALL/VISIT/CHAT/MEETING), {@code startedAt} (epoch ms or ISO-8601), {@code durationSeconds},
 * {@code externalId} (idempotency key, with the optional {@code source}). The rep gets the R2 result card.
 */
@Controller("/api/touches")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "touches")
public class TouchController {
    private final TouchIngestion ingestion;
    private final MessagePump pump;

    public TouchController(TouchIngestion ingestion, MessagePump pump) {
        this.ingestion = ingestion;
        this.pump = pump;
    }

    /** What was stored. */
    @Serdeable
    public record StoredTouch(long touchId, String repId, String customerId, String externalId) {
    }

    /**
     * Stores a touch once per external id and queues its result card.
     *
     * @param body the touch fields
     * @return 200 with the stored touch (the same one on a repeat), or 422 with every problem
     */
    @Post
    public HttpResponse<?> ingest(@Body Map<String, Object> body) {
        Map<String, String> fields = new LinkedHashMap<>();
        body.forEach((k, v) -> {
            if (v != null) {
                fields.put(k, String.valueOf(v));
            }
        });
        TouchIngestion.Result result = ingestion.ingest(fields);
        if (!result.accepted()) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                    .body(new ApiError("invalid_touch", "触达记录不完整或有误", result.errors()));
        }
        pump.nudge();
        Touch t = result.touch();
        return HttpResponse.ok(new StoredTouch(t.id(), t.repId(), t.customerId(), t.externalId()));
    }
}
