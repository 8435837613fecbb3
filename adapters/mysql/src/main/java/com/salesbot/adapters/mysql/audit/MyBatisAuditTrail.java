package com.salesbot.adapters.mysql.audit;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditPage;
import com.salesbot.core.audit.AuditQuery;
import com.salesbot.core.audit.AuditTrail;
import com.salesbot.core.audit.StoredAuditEntry;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * The audit trail in MySQL/H2. {@link #record} joins the caller's transaction when there is one, so a change and
 * its audit entry are stored together or not at all.
 */
@Singleton
public class MyBatisAuditTrail implements AuditTrail {
    private final AuditMapper mapper;

    public MyBatisAuditTrail(AuditMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public void record(AuditEntry entry) {
        mapper.insert(entry);
    }

    @Override
    @ReadOnly
    public AuditPage find(AuditQuery query) {
        List<StoredAuditEntry> rows = mapper.find(query, query.offset()).stream()
                .map(r -> new StoredAuditEntry(r.id(), r.entry())).toList();
        return new AuditPage(rows, mapper.count(query), query.page(), query.size());
    }
}
