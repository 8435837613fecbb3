package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.OpportunityMapper;
import com.salesbot.core.model.Opportunity;
import com.salesbot.core.port.OpportunityStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Opportunities in MySQL/H2. */
@Singleton
public class MyBatisOpportunityStore implements OpportunityStore {
    private final OpportunityMapper mapper;

    public MyBatisOpportunityStore(OpportunityMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void save(Opportunity opportunity) {
        mapper.upsert(opportunity);
    }

    @Override
    @ReadOnly
    public Optional<Opportunity> find(String id) {
        return Optional.ofNullable(mapper.find(id));
    }

    @Override
    @ReadOnly
    public List<Opportunity> ofOwner(String repId) {
        return mapper.ofOwner(repId);
    }

    @Override
    @ReadOnly
    public List<Opportunity> all() {
        return mapper.all();
    }
}
