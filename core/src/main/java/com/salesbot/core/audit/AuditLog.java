package com.salesbot.core.audit;

/**
 * The audit trail: every change made in chat or by API is written here, in the same transaction as the change
 * where the store allows it. Reading (paging, filters) is added by the store that implements it.
 */
public interface AuditLog {
    void record(AuditEntry entry);
}
