package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.GeneratedKey;
import com.salesbot.adapters.mysql.mapper.OutboxMapper;
import com.salesbot.core.messaging.MessageStatus;
import com.salesbot.core.messaging.OutboxEntry;
import com.salesbot.core.messaging.OutboxStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The outbox in MySQL/H2, idempotent on a non-null dedupe key. Leases work as in {@link MyBatisInboxStore}; a row is
 * due when {@code next_attempt_at <= now}. Reschedules and failures reported for a row that is no longer PENDING are
 * ignored, so a late report never turns a sent message back.
 */
@Singleton
public class MyBatisOutboxStore implements OutboxStore {
    private final OutboxMapper mapper;

    public MyBatisOutboxStore(OutboxMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public long enqueue(String channel, String recipient, String payload, String dedupeKey, long now) {
        GeneratedKey key = new GeneratedKey();
        try {
            mapper.insert(channel, recipient, payload, dedupeKey, now, key);
        } catch (RuntimeException e) {
            if (dedupeKey == null || !DuplicateKeys.isDuplicate(e)) {
                throw e;
            }
            // Plain read first, locking read only as a fallback: see MyBatisTouchStore#existing.
            Long existing = mapper.idOfDedupeKey(dedupeKey, false);
            return existing != null ? existing : mapper.idOfDedupeKey(dedupeKey, true);
        }
        return key.getId();
    }

    @Override
    @Transactional
    public List<OutboxEntry> claimDue(String owner, int max, long now, long leaseMillis) {
        return LeaseClaim.claim(mapper::dueCandidates, mapper::lease, mapper::leasedBy,
                owner, max, now, leaseMillis);
    }

    @Override
    @Transactional
    public void markSent(long id, long at) {
        mapper.markSent(id, at);
    }

    @Override
    @Transactional
    public void reschedule(long id, long nextAttemptAt, String error) {
        mapper.reschedule(id, nextAttemptAt, ErrorTexts.fit(error));
    }

    @Override
    @Transactional
    public void markFailed(long id, String error) {
        mapper.markFailed(id, ErrorTexts.fit(error));
    }

    @Override
    @ReadOnly
    public long count(MessageStatus status) {
        return mapper.count(status);
    }

    @Override
    @ReadOnly
    public long oldestPendingAt() {
        return mapper.oldestPendingAt();
    }

    @Override
    @ReadOnly
    public List<OutboxEntry> failed(int max) {
        return max <= 0 ? List.of() : mapper.failed(max);
    }
}
