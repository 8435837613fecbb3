package com.salesbot.core.audit;

/**
 * A filter over the audit trail; null fields do not filter. Times are epoch ms, {@code from} inclusive, {@code to}
 * exclusive. Pages are newest first.
 *
 * @param page zero-based page number
 * @param size entries per page, 1..{@value #MAX_SIZE}
 */
public record AuditQuery(String actorId, String action, String subjectType, String subjectId, Long from, Long to,
                         int page, int size) {
    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    public AuditQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if (from != null && to != null && to < from) {
            throw new IllegalArgumentException("to is before from");
        }
    }

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, 0, DEFAULT_SIZE);
    }

    public long offset() {
        return (long) page * size;
    }
}
