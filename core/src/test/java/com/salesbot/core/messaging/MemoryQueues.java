package com.salesbot.core.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Minimal in-memory inbox and outbox for the life-cycle tests, held to the MySQL stores' contract by
 * MemoryQueuesContractTest: leases fenced by token (renewal, token-checked completions, per-part progress,
 * uncounted retries), errors cut to 1000 characters like the column, late failure reports never turn a finished
 * row back, failed rows newest first, batched purge of DONE rows.
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
            String token = UUID.randomUUID().toString();
            List<InboxEntry> out = new ArrayList<>();
            for (InboxEntry r : rows.values()) {
                if (out.size() < max && r.status() == MessageStatus.PENDING && r.leaseUntil() <= now) {
                    InboxEntry leased = new InboxEntry(r.id(), r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                            r.status(), r.attempts(), now + leaseMillis, r.lastError(), token);
                    rows.put(r.id(), leased);
                    out.add(leased);
                }
            }
            return out;
        }

        private synchronized boolean change(long id, String token, UnaryOperator<InboxEntry> change) {
            InboxEntry r = rows.get(id);
            if (r == null || token == null || !Objects.equals(r.leaseToken(), token)
                    || r.status() != MessageStatus.PENDING) {
                return false;
            }
            rows.put(id, change.apply(r));
            return true;
        }

        @Override
        public boolean renew(long id, String token, long until) {
            return change(id, token, r -> new InboxEntry(id, r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                    r.status(), r.attempts(), until, r.lastError(), token));
        }

        @Override
        public boolean markDone(long id, String token) {
            return change(id, token, r -> new InboxEntry(id, r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                    MessageStatus.DONE, r.attempts(), 0, null));
        }

        @Override
        public boolean retryLater(long id, String token, long notBefore, String error, boolean countAttempt) {
            return change(id, token, r -> new InboxEntry(id, r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                    MessageStatus.PENDING, r.attempts() + (countAttempt ? 1 : 0), notBefore, fit(error)));
        }

        @Override
        public boolean markFailed(long id, String token, String error) {
            return change(id, token, r -> new InboxEntry(id, r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                    MessageStatus.FAILED, r.attempts() + 1, 0, fit(error)));
        }

        /** Test helper: the lease ends now, as after a crash. */
        synchronized void expireLeases() {
            rows.replaceAll((id, r) -> new InboxEntry(id, r.channel(), r.eventId(), r.payload(), r.receivedAt(),
                    r.status(), r.attempts(), 0, r.lastError(), r.leaseToken()));
        }

        @Override
        public synchronized int purgeDone(long receivedBefore, int batch) {
            List<Long> ids = rows.values().stream()
                    .filter(r -> r.status() == MessageStatus.DONE && r.receivedAt() < receivedBefore)
                    .map(InboxEntry::id).limit(batch).toList();
            ids.forEach(rows::remove);
            return ids.size();
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

        /** Lease end per row; the entry's nextAttemptAt stays the due time. */
        private final Map<Long, Long> leaseUntil = new LinkedHashMap<>();

        @Override
        public synchronized List<OutboxEntry> claimDue(String owner, int max, long now, long leaseMillis) {
            String token = UUID.randomUUID().toString();
            List<OutboxEntry> out = new ArrayList<>();
            for (OutboxEntry r : rows.values()) {
                if (out.size() < max && r.status() == MessageStatus.PENDING && r.nextAttemptAt() <= now
                        && leaseUntil.getOrDefault(r.id(), 0L) <= now) {
                    OutboxEntry leased = with(r, r.status(), r.nextAttemptAt(), r.attempts(), r.lastError(), token,
                            r.partsDone());
                    rows.put(r.id(), leased);
                    leaseUntil.put(r.id(), now + leaseMillis);
                    out.add(leased);
                }
            }
            return out;
        }

        private static OutboxEntry with(OutboxEntry r, MessageStatus status, long next, int attempts, String error,
                                        String token, int parts) {
            return new OutboxEntry(r.id(), r.channel(), r.recipient(), r.payload(), r.dedupeKey(), r.createdAt(),
                    next, attempts, status, error, token, parts);
        }

        private synchronized boolean change(long id, String token, UnaryOperator<OutboxEntry> change) {
            OutboxEntry r = rows.get(id);
            if (r == null || token == null || !Objects.equals(r.leaseToken(), token)
                    || r.status() != MessageStatus.PENDING) {
                return false;
            }
            OutboxEntry changed = change.apply(r);
            rows.put(id, changed);
            if (changed.leaseToken() == null) {
                leaseUntil.remove(id);
            }
            return true;
        }

        @Override
        public synchronized boolean renew(long id, String token, long until) {
            boolean held = change(id, token, r -> r);
            if (held) {
                leaseUntil.put(id, until);
            }
            return held;
        }

        @Override
        public boolean markPartsDone(long id, String token, int partsDone) {
            return change(id, token, r -> with(r, r.status(), r.nextAttemptAt(), r.attempts(), r.lastError(), token,
                    partsDone));
        }

        @Override
        public boolean markSent(long id, String token, long at) {
            return change(id, token, r -> with(r, MessageStatus.DONE, at, r.attempts(), null, null, r.partsDone()));
        }

        @Override
        public boolean reschedule(long id, String token, long nextAttemptAt, String error, boolean countAttempt) {
            return change(id, token, r -> with(r, MessageStatus.PENDING, nextAttemptAt,
                    r.attempts() + (countAttempt ? 1 : 0), fit(error), null, r.partsDone()));
        }

        @Override
        public boolean markFailed(long id, String token, String error) {
            return change(id, token, r -> with(r, MessageStatus.FAILED, r.nextAttemptAt(), r.attempts() + 1,
                    fit(error), null, r.partsDone()));
        }

        @Override
        public synchronized int purgeDone(long sentBefore, int batch) {
            List<Long> ids = rows.values().stream()
                    .filter(r -> r.status() == MessageStatus.DONE && r.nextAttemptAt() < sentBefore)
                    .map(OutboxEntry::id).limit(batch).toList();
            ids.forEach(rows::remove);
            return ids.size();
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
