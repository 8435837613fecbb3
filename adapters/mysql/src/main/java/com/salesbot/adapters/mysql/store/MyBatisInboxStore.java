package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.InboxMapper;
import com.salesbot.core.messaging.InboxEntry;
import com.salesbot.core.messaging.InboxStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The inbox in MySQL/H2. A row is leased while {@code now < lease_until}; claiming is {@link LeaseClaim}'s
 * candidates-lease-read-back. Failure reports on finished rows are ignored.
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

    @Override
    @Transactional
    public List<InboxEntry> claim(String owner, int max, long now, long leaseMillis) {
        return LeaseClaim.claim(mapper::claimCandidates, mapper::lease, mapper::leasedBy,
                owner, max, now, leaseMillis);
    }

    @Override
    @Transactional
    public void markDone(long id) {
        mapper.markDone(id);
    }

    @Override
    @Transactional
    public void markFailed(long id, String error, boolean permanent) {
        mapper.markFailed(id, ErrorTexts.fit(error), permanent);
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
