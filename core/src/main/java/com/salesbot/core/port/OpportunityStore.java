package com.salesbot.core.port;

import com.salesbot.core.model.Opportunity;
import java.util.List;
import java.util.Optional;

/** Opportunities. Saves are upserts by id. */
public interface OpportunityStore {
    void save(Opportunity opportunity);

    Optional<Opportunity> find(String id);

    List<Opportunity> ofOwner(String repId);

    List<Opportunity> all();
}
