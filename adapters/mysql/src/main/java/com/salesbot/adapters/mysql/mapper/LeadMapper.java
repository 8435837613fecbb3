package com.salesbot.adapters.mysql.mapper;

import com.salesbot.core.model.Lead;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** SQL for leads (LeadMapper.xml). */
public interface LeadMapper {
    void insert(@Param("lead") Lead lead, @Param("key") GeneratedKey key);

    int update(Lead lead);

    Lead find(long id);

    List<Lead> ofOwner(String repId);

    List<Lead> all();
}
