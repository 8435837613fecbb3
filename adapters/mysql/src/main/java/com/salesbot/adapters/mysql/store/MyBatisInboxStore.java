package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.InboxMapper;
import com.salesbot.core.messaging.InboxEntry;
import com.salesbot.core.messaging.InboxStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;

/**
 * The inbox in MySQL/H2. A row is leased while {@code now < lease_until}; claiming is {@link LeaseClaim}'s
 * candidates-lease-read-back. Every change to a claimed row is fenced by its lease token: a report from
 * an instance whose lease was taken over, or on a finished row, changes nothing and returns false.
 */
@Singleton
public class MyBatisInboxStore implements InboxStore {
    private final InboxMapper mapper;

    public MyBatisInboxStore(InboxMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public boolean record(String channel, String eventId, String payload, long receivedAt) {
        try {
            mapper.insert(channel, eventId, payload, receivedAt);
            return true;
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicate(e)) {
                return false;
            }
            throw e;
        }
    }

    /**
     * One multi-row INSERT in one transaction; when a row is a retry already recorded (or an event appears twice) the
     * statement fails as a whole without changing anything, and the rows are then inserted one by one in the same
     * transaction, each duplicate answered false.
     */
    @Override
    @Transactional
    public boolean[] recordAll(List<Arrival> arrivals) {
        if (arrivals.size() > 1 && DuplicateKeys.insertedAtOnce(() -> mapper.insertAll(arrivals))) {
            boolean[] fresh = new boolean[arrivals.size()];
            Arrays.fill(fresh, true);
            return fresh;
        }
        return InboxStore.super.recordAll(arrivals);
    }

    @Override
    @Transactional
    public List<InboxEntry> claim(String owner, int max, long now, long leaseMillis) {
        return LeaseClaim.claim(mapper::claimCandidates, mapper::lease, mapper::leasedBy,
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
    public int markAllDone(List<Long> ids, String leaseToken) {
        return leaseToken == null || ids.isEmpty() ? 0 : mapper.markAllDone(ids, leaseToken);
    }

    @Override
    @Transactional
    public boolean markDone(long id, String leaseToken) {
        return leaseToken != null && mapper.markDone(id, leaseToken) == 1;
    }

    @Override
    @Transactional
    public boolean retryLater(long id, String leaseToken, long notBefore, String error, boolean countAttempt) {
        return leaseToken != null
                && mapper.retryLater(id, leaseToken, notBefore, ErrorTexts.fit(error), countAttempt) == 1;
    }

    @Override
    @Transactional
    public boolean markFailed(long id, String leaseToken, String error) {
        return leaseToken != null && mapper.markFailed(id, leaseToken, ErrorTexts.fit(error)) == 1;
    }

    @Override
    @Transactional
    public int purgeDone(long receivedBefore, int batch) {
        List<Long> ids = batch <= 0 ? List.of() : mapper.doneBefore(receivedBefore, batch);
        return ids.isEmpty() ? 0 : mapper.deleteDone(ids);
    }

    @Override
    @ReadOnly
    public long countPending() {
        return mapper.countPending();
    }

    @Override
    @ReadOnly
    public long oldestPendingAt() {
        return mapper.oldestPendingAt();
    }
}
