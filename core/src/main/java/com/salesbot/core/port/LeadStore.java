package com.salesbot.core.port;

import com.salesbot.core.model.Lead;
import java.util.List;
import java.util.Optional;

/** Leads (R1). */
public interface LeadStore {
    /** Stores a new lead and returns it with its generated id. */
    Lead insert(Lead lead);

    /** Replaces stage, stage time and verified source of an existing lead; NoSuchElementException when there is none. */
    void update(Lead lead);

    Optional<Lead> find(long id);

    List<Lead> ofOwner(String repId);

    List<Lead> all();
}
