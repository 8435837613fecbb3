package com.salesbot.core.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal in-memory inbox and outbox for the life-cycle tests, held to the MySQL stores' contract by
 * MemoryQueuesContractTest: errors cut to 1000 characters like the column, late failure reports never turn a
 * finished row back, failed rows newest first.
 */
final class MemoryQueues {
    private static final int MAX_ERROR = 1000;

    private MemoryQueues() {
    }

    static String fit(String error) {
        if (error == null || error.length() <= MAX_ERROR) {
            return error;
        }
        int end = Character.isHighSurrogate(error.charAt(MAX_ERROR - 1)) ? MAX_ERROR - 1 : MAX_ERROR;
        return error.substring(0, end);
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
            if (r == null || r.status() != MessageStatus.PENDING) {
                return;
            }
            rows.put(id, new InboxEntry(id, r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                    permanent ? MessageStatus.FAILED : MessageStatus.PENDING, r.attempts() + 1, 0, fit(error)));
        }

        @Override
        public synchronized long countPending() {
            return rows.values().stream().filter(r -> r.status() == MessageStatus.PENDING).count();
        }

        @Override
        public synchronized long oldestPendingAt() {
            return rows.values().stream().filter(r -> r.status() == MessageStatus.PENDING)
                    .mapToLong(InboxEntry::receivedAt).min().orElse(0);
        }

        /** Test hook: the row is pending again, as if the process died after queuing replies but before markDone. */
        synchronized void loseCompletion(long id) {
            InboxEntry r = rows.get(id);
            rows.put(id, new InboxEntry(id, r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                    MessageStatus.PENDING, r.attempts(), 0, null));
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
            if (r == null || r.status() != MessageStatus.PENDING) {
                return;
            }
            rows.put(id, new OutboxEntry(id, r.channel(), r.recipient(), r.payload(), r.dedupeKey(), r.createdAt(),
                    nextAttemptAt, r.attempts() + 1, MessageStatus.PENDING, fit(error)));
        }

        @Override
        public synchronized void markFailed(long id, String error) {
            OutboxEntry r = rows.get(id);
            if (r == null || r.status() != MessageStatus.PENDING) {
                return;
            }
            rows.put(id, new OutboxEntry(id, r.channel(), r.recipient(), r.payload(), r.dedupeKey(), r.createdAt(),
                    r.nextAttemptAt(), r.attempts() + 1, MessageStatus.FAILED, fit(error)));
        }

        @Override
        public synchronized long count(MessageStatus status) {
            return rows.values().stream().filter(r -> r.status() == status).count();
        }

        @Override
        public synchronized List<OutboxEntry> failed(int max) {
            return rows.values().stream().filter(r -> r.status() == MessageStatus.FAILED)
                    .sorted(java.util.Comparator.comparingLong(OutboxEntry::id).reversed()).limit(max).toList();
        }

        @Override
        public synchronized long oldestPendingAt() {
            return rows.values().stream().filter(r -> r.status() == MessageStatus.PENDING)
                    .mapToLong(OutboxEntry::createdAt).min().orElse(0);
        }
    }
}
