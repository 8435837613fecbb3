package com.salesbot.core.importing;

import com.salesbot.core.model.Rep;
import com.salesbot.core.model.Touch;
import com.salesbot.core.model.TouchKind;
import com.salesbot.core.port.CustomerStore;
import com.salesbot.core.port.OrgStore;
import com.salesbot.core.usecase.RecordTouch;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A touch reported by a phone system or calendar: checked, stored once per (source, externalId), and its R2
 * result card queued in the outbox in the same transaction (dedupe key per touch, so a repeat queues nothing).
 */
public final class TouchIngestion {
    public static final int MAX_DURATION_SECONDS = 24 * 3600;

    private final OrgStore org;
    private final CustomerStore customers;
    private final RecordTouch touches;
    private final Clock clock;

    public TouchIngestion(OrgStore org, CustomerStore customers, RecordTouch touches, Clock clock) {
        this.org = org;
        this.customers = customers;
        this.touches = touches;
        this.clock = clock;
    }

    /** Outcome: the stored touch, or every problem with the request. */
    public record Result(Touch touch, List<RowError> errors) {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /** Fields: repId or wecomUserId, customerId, kind, startedAt, durationSeconds, externalId, source. */
    public Result ingest(Map<String, String> request) {
        List<RowError> errors = new ArrayList<>();
        RowFields f = new RowFields(1, request, errors, clock.getZone());
        Rep rep = rep(f);
        String customerId = f.optional("customerId");
        if (customerId != null && customers.find(customerId).isEmpty()) {
            f.error("customerId", "客户不存在: " + customerId);
        }
        TouchKind kind = f.choice("kind", TouchKind.class, true);
        Long startedAt = f.instant("startedAt", true);
        Integer duration = f.count("durationSeconds", MAX_DURATION_SECONDS);
        String externalId = f.required("externalId", 128);
        String source = Optional.ofNullable(f.optional("source")).orElse("api");
        if (startedAt != null && startedAt > clock.millis() + 60_000L) {
            f.error("startedAt", "开始时间不能晚于现在");
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        Touch touch = touches.record(new Touch(0, rep.id(), customerId, kind, startedAt, duration, null, null, 0,
                source, externalId), "touch:", clock.millis());
        return new Result(touch, List.of());
    }

    private Rep rep(RowFields f) {
        String repId = f.optional("repId");
        String wecom = f.optional("wecomUserId");
        if (repId == null && wecom == null) {
            f.error("repId", "repId 或 wecomUserId 必填其一");
            return null;
        }
        Optional<Rep> rep = repId != null ? org.findRep(repId) : org.findRepByWecomUserId(wecom);
        if (rep.filter(Rep::active).isEmpty()) {
            f.error(repId != null ? "repId" : "wecomUserId", "人员不存在或已停用: " + (repId != null ? repId : wecom));
            return null;
        }
        return rep.get();
    }
}
