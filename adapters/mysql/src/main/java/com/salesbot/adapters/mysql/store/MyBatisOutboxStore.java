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
 * due when {@code next_attempt_at <= now}. Every change to a claimed row is fenced by its lease token, so a late report
 * never turns a sent message back nor touches a row another instance now owns.
 */
@Singleton
public class MyBatisOutboxStore implements OutboxStore {
    private final OutboxMapper mapper;

    public MyBatisOutboxStore(OutboxMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * One multi-row INSERT; when a dedupe key is already queued the statement fails as a whole without changing
     * anything and the messages are then added one by one (in the same transaction), each duplicate skipped.
     */
    @Override
    @Transactional
    public void enqueueAll(List<NewMessage> messages) {
        if (messages.size() <= 1 || !DuplicateKeys.insertedAtOnce(() -> mapper.insertAll(messages))) {
            OutboxStore.super.enqueueAll(messages);
        }
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
    public boolean renew(long id, String leaseToken, long leaseUntil) {
        return leaseToken != null && mapper.renew(id, leaseToken, leaseUntil) == 1;
    }

    @Override
    @Transactional
    public int renewAll(List<Long> ids, String leaseToken, long leaseUntil) {
        return leaseToken == null || ids.isEmpty() ? 0 : mapper.renewAll(ids, leaseToken, leaseUntil);
    }

    @Override
    @Transactional
    public int markAllSent(List<Long> ids, String leaseToken, long at) {
        return leaseToken == null || ids.isEmpty() ? 0 : mapper.markAllSent(ids, leaseToken, at);
    }

    @Override
    @Transactional
    public boolean markPartsDone(long id, String leaseToken, int partsDone) {
        return leaseToken != null && mapper.markPartsDone(id, leaseToken, partsDone) == 1;
    }

    @Override
    @Transactional
    public boolean markSent(long id, String leaseToken, long at) {
        return leaseToken != null && mapper.markSent(id, leaseToken, at) == 1;
    }

    @Override
    @Transactional
    public boolean reschedule(long id, String leaseToken, long nextAttemptAt, String error, boolean countAttempt) {
        return leaseToken != null
                && mapper.reschedule(id, leaseToken, nextAttemptAt, ErrorTexts.fit(error), countAttempt) == 1;
    }

    @Override
    @Transactional
    public boolean markFailed(long id, String leaseToken, String error) {
        return leaseToken != null && mapper.markFailed(id, leaseToken, ErrorTexts.fit(error)) == 1;
    }

    @Override
    @Transactional
    public int purgeDone(long sentBefore, int batch) {
        List<Long> ids = batch <= 0 ? List.of() : mapper.doneBefore(sentBefore, batch);
        return ids.isEmpty() ? 0 : mapper.deleteDone(ids);
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
