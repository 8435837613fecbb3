package com.salesbot.core.fakes;

import com.salesbot.core.model.Opportunity;
import com.salesbot.core.port.OpportunityStore;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** {@link OpportunityStore} in memory for core tests: upserts by id, lists ordered by id. */
public final class InMemoryOpportunityStore implements OpportunityStore {
    private final ConcurrentSkipListMap<String, Opportunity> opportunities = new ConcurrentSkipListMap<>();

    @Override
    public void save(Opportunity opportunity) {
        opportunities.put(opportunity.id(), opportunity);
    }

    @Override
    public Optional<Opportunity> find(String id) {
        return Optional.ofNullable(opportunities.get(id));
    }

    @Override
    public List<Opportunity> ofOwner(String repId) {
        return opportunities.values().stream().filter(o -> o.ownerRepId().equals(repId)).toList();
    }

    @Override
    public List<Opportunity> all() {
        return List.copyOf(opportunities.values());
    }
}
