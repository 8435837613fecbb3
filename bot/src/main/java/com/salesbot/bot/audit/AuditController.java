package com.salesbot.bot.audit;

import com.salesbot.bot.api.ApiError;
import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditPage;
import com.salesbot.core.audit.AuditQuery;
import com.salesbot.core.audit.AuditTrail;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code GET /api/audit}: the audit trail (every change made in chat or by API), newest first, filtered by
 * {@code actor}, {@code action}, {@code subjectType}, {@code subjectId} and a time range {@code from} (inclusive) /
 * {@code to} (exclusive) as epoch ms or ISO-8601 with offset, paged by {@code page} (from 0) and {@code size}
 * (1..200, default 50). Bad parameters are a 400 with a JSON error.
 */
@Controller("/api/audit")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "audit")
public class AuditController {
    private final AuditTrail trail;

    public AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** One entry as served. */
    @Serdeable
    public record Entry(long id, String actorId, String action, String subjectType, String subjectId, String before,
                        String after, String channel, long at, String atIso) {
    }

    /** One page. */
    @Serdeable
    public record Page(List<Entry> entries, long total, int page, int size) {
    }

    /**
     * Reads the audit trail.
     *
     * @return 200 with one page, or 400 for a bad parameter
     */
    @Get
    public HttpResponse<?> find(@Nullable @QueryValue String actor, @Nullable @QueryValue String action,
                                @Nullable @QueryValue String subjectType, @Nullable @QueryValue String subjectId,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @Nullable @QueryValue String page, @Nullable @QueryValue String size) {
        AuditQuery query;
        try {
            query = new AuditQuery(blankToNull(actor), blankToNull(action), blankToNull(subjectType),
                    blankToNull(subjectId), instant(from, "from"), instant(to, "to"),
                    number(page, "page", 0), number(size, "size", AuditQuery.DEFAULT_SIZE));
        } catch (BadParameter e) {
            return HttpResponse.badRequest(ApiError.of("invalid_query", e.getMessage()));
        } catch (IllegalArgumentException e) {
            return HttpResponse.badRequest(ApiError.of("invalid_query", message(e)));
        }
        AuditPage result = trail.find(query);
        return HttpResponse.ok(new Page(result.entries().stream().map(s -> {
            AuditEntry a = s.entry();
            return new Entry(s.id(), a.actorId(), a.action(), a.subjectType(), a.subjectId(), a.before(), a.after(),
                    a.channel(), a.at(), Instant.ofEpochMilli(a.at()).toString());
        }).toList(), result.total(), result.page(), result.size()));
    }

    private static String message(IllegalArgumentException e) {
        String m = e.getMessage();
        if (m != null && m.startsWith("size")) {
            return "size 须在 1 到 " + AuditQuery.MAX_SIZE + " 之间";
        }
        if (m != null && m.startsWith("page")) {
            return "page 不能小于 0";
        }
        return "结束时间 to 早于开始时间 from";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long instant(String value, String name) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        if (v.chars().allMatch(Character::isDigit) && v.length() <= 15) {
            return Long.parseLong(v);
        }
        try {
            return OffsetDateTime.parse(v).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new BadParameter(name + " 须为毫秒时间戳或带时区的 ISO-8601 时间，如 2026-12-01T00:00:00+08:00");
        }
    }

    private static int number(String value, String name, int fallback) {
        String v = blankToNull(value);
        if (v == null) {
            return fallback;
        }
        if (!v.chars().allMatch(Character::isDigit) || v.length() > 6) {
            throw new BadParameter(name + " 须为非负整数");
        }
        return Integer.parseInt(v);
    }

    private static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message, null, false, false);
        }
    }
}
