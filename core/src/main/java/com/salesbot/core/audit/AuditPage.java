package com.salesbot.core.audit;

import java.util.List;

/** One page of audit entries, newest first, with the total number of entries that match the filter. */
public record AuditPage(List<StoredAuditEntry> entries, long total, int page, int size) {
    public AuditPage {
        entries = List.copyOf(entries);
    }
}
