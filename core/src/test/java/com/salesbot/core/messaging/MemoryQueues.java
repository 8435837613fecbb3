package com.salesbot.core.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Minimal in-memory inbox and outbox following the ports' contracts, for the life-cycle tests. */
final class MemoryQueues {
    private MemoryQueues() {
    }

    static final class Inbox implements InboxStore {
        final Map<Long, InboxEntry> rows = new LinkedHashMap<>();
        private long seq;

        @Override
        public synchronized boolean record(String channel, String eventId, String payload, long receivedAt) {
            boolean dup = rows.values().stream()
                    .anyMatch(r -> r.channel().equals(channel) && r.eventId().equals(eventId));
            if (dup) {
                return false;
            }
            long id = ++seq;
            rows.put(id, new InboxEntry(id, channel, eventId, payload, receivedAt, MessageStatus.PENDING, 0, 0, null));
            return true;
        }

        @Override
        public synchronized List<InboxEntry> claim(String owner, int max, long now, long leaseMillis) {
            List<InboxEntry> out = new ArrayList<>();
            for (InboxEntry r : rows.values()) {
                if (out.size() < max && r.status() == MessageStatus.PENDING && r.leaseUntil() <= now) {
                    InboxEntry leased = new InboxEntry(r.id(), r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                            r.status(), r.attempts(), now + leaseMillis, r.lastError());
                    rows.put(r.id(), leased);
                    out.add(leased);
                }
            }
            return out;
        }

        @Override
        public synchronized void markDone(long id) {
            InboxEntry r = rows.get(id);
            rows.put(id, new InboxEntry(id, r.channel(), r.eventId(), r.payload(), r.receivedAt(), MessageStatus.DONE,
                    r.attempts() + 1, 0, null));
        }

        @Override
        public synchronized void markFailed(long id, String error, boolean permanent) {
            InboxEntry r = rows.get(id);
            rows.put(id, new InboxEntry(id, r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                    permanent ? MessageStatus.FAILED : MessageStatus.PENDING, r.attempts() + 1, 0, error));
        }

        @Override
        public synchronized long countPending() {
            return rows.values().stream().filter(r -> r.status() == MessageStatus.PENDING).count();
        }
    }

    static final class Outbox implements OutboxStore {
        final Map<Long, OutboxEntry> rows = new LinkedHashMap<>();
        private long seq;

        @Override
        public synchronized long enqueue(String channel, String recipient, String payload, String dedupeKey, long now) {
            if (dedupeKey != null) {
                for (OutboxEntry r : rows.values()) {
                    if (dedupeKey.equals(r.dedupeKey())) {
                        return r.id();
                    }
                }
            }
            long id = ++seq;
            rows.put(id, new OutboxEntry(id, channel, recipient, payload, dedupeKey, now, now, 0,
                    MessageStatus.PENDING, null));
            return id;
        }

        @Override
        public synchronized List<OutboxEntry> claimDue(String owner, int max, long now, long leaseMillis) {
            List<OutboxEntry> out = new ArrayList<>();
            for (OutboxEntry r : rows.values()) {
                if (out.size() < max && r.status() == MessageStatus.PENDING && r.nextAttemptAt() <= now) {
                    OutboxEntry leased = new OutboxEntry(r.id(), r.channel(), r.recipient(), r.payload(),
                            r.dedupeKey(), r.createdAt(), now + leaseMillis, r.attempts(), r.status(), r.lastError());
                    rows.put(r.id(), leased);
                    out.add(r);
                }
            }
            return out;
        }

        @Override
        public synchronized void markSent(long id, long at) {
            OutboxEntry r = rows.get(id);
            rows.put(id, new OutboxEntry(id, r.channel(), r.recipient(), r.payload(), r.dedupeKey(), r.createdAt(),
                    at, r.attempts() + 1, MessageStatus.DONE, null));
        }

        @Override
        public synchronized void reschedule(long id, long nextAttemptAt, String error) {
            OutboxEntry r = rows.get(id);
            rows.put(id, new OutboxEntry(id, r.channel(), r.recipient(), r.payload(), r.dedupeKey(), r.createdAt(),
                    nextAttemptAt, r.attempts() + 1, MessageStatus.PENDING, error));
        }

        @Override
        public synchronized void markFailed(long id, String error) {
            OutboxEntry r = rows.get(id);
            rows.put(id, new OutboxEntry(id, r.channel(), r.recipient(), r.payload(), r.dedupeKey(), r.createdAt(),
                    r.nextAttemptAt(), r.attempts() + 1, MessageStatus.FAILED, error));
        }

        @Override
        public synchronized long count(MessageStatus status) {
            return rows.values().stream().filter(r -> r.status() == status).count();
        }

        @Override
        public synchronized List<OutboxEntry> failed(int max) {
            return rows.values().stream().filter(r -> r.status() == MessageStatus.FAILED).limit(max).toList();
        }
    }
}
