package com.salesbot.core.capture;

import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.messaging.Outgoing;
import com.salesbot.core.messaging.OutboundCodec;
import com.salesbot.core.messaging.OutboxEntry;
import com.salesbot.core.messaging.OutboxStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An outbox keeping one row per dedupe key, as the real one does; its codec keeps the Outgoing objects. */
final class KeyedOutbox implements OutboxStore, OutboundCodec {
    final Map<String, Outgoing> rows = new LinkedHashMap<>();
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
        String key = dedupeKey == null ? "auto-" + rows.size() : dedupeKey;
        rows.putIfAbsent(key, decode(payload));
        return rows.size();
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
