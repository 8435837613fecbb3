package com.salesbot.core.fakes;

import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.messaging.OutboxEntry;
import com.salesbot.core.messaging.OutboxStore;
import com.salesbot.core.messaging.Outgoing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An outbox that keeps one row per dedupe key (as the real one does; a row without a key is always new) and counts
 * every enqueue call, plus a codec that keeps the Outgoing objects so tests can read the cards back.
 */
public final class RecordingOutbox implements OutboxStore, OutboundCodec {
    public record Row(long id, String channel, String recipient, Outgoing outbound, String key, long dueAt) {
    }

    public final Map<String, Row> rows = new LinkedHashMap<>();
    public final AtomicInteger enqueueCalls = new AtomicInteger();
    private final List<Outgoing> payloads = new ArrayList<>();

    @Override
    public synchronized String encode(Outgoing outbound) {
        payloads.add(outbound);
        return "#" + (payloads.size() - 1);
    }

    @Override
    public synchronized Outgoing decode(String payload) {
        return payloads.get(Integer.parseInt(payload.substring(1)));
    }

    @Override
    public synchronized long enqueue(String channel, String recipient, String payload, String dedupeKey, long now) {
        enqueueCalls.incrementAndGet();
        Row existing = dedupeKey == null ? null : rows.get(dedupeKey);
        if (existing != null) {
            return existing.id();
        }
        Row row = new Row(rows.size() + 1, channel, recipient, decode(payload), dedupeKey, now);
        rows.put(dedupeKey == null ? "\u0000row-" + row.id() : dedupeKey, row);
        return row.id();
    }

    public List<Row> withPrefix(String prefix) {
        return rows.values().stream().filter(r -> r.key() != null && r.key().startsWith(prefix)).toList();
    }

    @Override
    public List<OutboxEntry> claimDue(String owner, int max, long now, long leaseMillis) {
        return List.of();
    }

    @Override
    public boolean renew(long id, String leaseToken, long leaseUntil) {
        return false;
    }

    @Override
    public boolean markPartsDone(long id, String leaseToken, int partsDone) {
        return false;
    }

    @Override
    public boolean markSent(long id, String leaseToken, long at) {
        return false;
    }

    @Override
    public boolean reschedule(long id, String leaseToken, long nextAttemptAt, String error, boolean countAttempt) {
        return false;
    }

    @Override
    public boolean markFailed(long id, String leaseToken, String error) {
        return false;
    }

    @Override
    public int purgeDone(long sentBefore, int batch) {
        return 0;
    }

    @Override
    public long count(MessageStatus status) {
        return status == MessageStatus.PENDING ? rows.size() : 0;
    }

    @Override
    public List<OutboxEntry> failed(int max) {
        return List.of();
    }
}
