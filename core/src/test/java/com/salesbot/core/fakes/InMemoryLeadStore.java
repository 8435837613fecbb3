package com.salesbot.core.fakes;

import com.salesbot.core.model.Lead;
import com.salesbot.core.port.LeadStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/** {@link LeadStore} in memory for core tests: ids from 1, lists ordered by id. */
public final class InMemoryLeadStore implements LeadStore {
    private final ConcurrentSkipListMap<Long, Lead> leads = new ConcurrentSkipListMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public Lead insert(Lead lead) {
        Lead stored = lead.withId(ids.incrementAndGet());
        leads.put(stored.id(), stored);
        return stored;
    }

    @Override
    public void update(Lead lead) {
        if (!leads.containsKey(lead.id())) {
            throw new java.util.NoSuchElementException("no lead " + lead.id());
        }
        leads.computeIfPresent(lead.id(), (id, old) -> new Lead(id, old.customerId(), old.ownerRepId(),
                old.sourceChannel(), old.firstTouchAt(), old.painPoint(), lead.stage(), lead.stageEnteredAt(),
                lead.verifiedSourceChannel(), lead.lostReason(), lead.lostAt()));
    }

    @Override
    public Optional<Lead> find(long id) {
        return Optional.ofNullable(leads.get(id));
    }

    @Override
    public List<Lead> ofOwner(String repId) {
        return leads.values().stream().filter(l -> l.ownerRepId().equals(repId)).toList();
    }

    @Override
    public List<Lead> all() {
        return List.copyOf(leads.values());
    }
}
