package com.salesbot.core.audit;

/** An audit entry as stored, with its id (ascending in writing order). */
public record StoredAuditEntry(long id, AuditEntry entry) {
}
