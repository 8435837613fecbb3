package com.salesbot.core.audit;

/** The audit log with reading: what {@code GET /api/audit} serves. */
public interface AuditTrail extends AuditLog {
    AuditPage find(AuditQuery query);
}
