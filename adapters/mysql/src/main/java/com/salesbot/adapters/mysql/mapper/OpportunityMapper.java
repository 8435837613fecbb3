package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.Opportunity;
import java.util.List;

/** SQL for opportunities (OpportunityMapper.xml). */
public interface OpportunityMapper {
    void upsert(Opportunity opportunity);

    Opportunity find(String id);

    List<Opportunity> ofOwner(String repId);

    List<Opportunity> all();
}
