package com.salesbot.adapters.mysql.store;

import com.salesbot.adapters.mysql.mapper.GeneratedKey;
import com.salesbot.adapters.mysql.mapper.LeadMapper;
import com.salesbot.core.model.Lead;
import com.salesbot.core.port.LeadStore;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** Leads in MySQL/H2. */
@Singleton
public class MyBatisLeadStore implements LeadStore {
    private final LeadMapper mapper;

    public MyBatisLeadStore(LeadMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public Lead insert(Lead lead) {
        GeneratedKey key = new GeneratedKey();
        mapper.insert(lead, key);
        return lead.withId(key.getId());
    }

    /** @throws NoSuchElementException when no lead has this id */
    @Override
    @Transactional
    public void update(Lead lead) {
        if (mapper.update(lead) == 0) {
            throw new NoSuchElementException("no lead " + lead.id());
        }
    }

    @Override
    @ReadOnly
    public Optional<Lead> find(long id) {
        return Optional.ofNullable(mapper.find(id));
    }

    @Override
    @ReadOnly
    public List<Lead> ofOwner(String repId) {
        return mapper.ofOwner(repId);
    }

    @Override
    @ReadOnly
    public List<Lead> all() {
        return mapper.all();
    }
}
