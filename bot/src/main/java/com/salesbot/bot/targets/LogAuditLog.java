package com.salesbot.bot.targets;

import com.salesbot.core.audit.AuditEntry;
import com.salesbot.core.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Audit entries to the application log (logger "audit"), for builds without an audit table. */
enum LogAuditLog implements AuditLog {
    INSTANCE;

    private static final Logger LOG = LoggerFactory.getLogger("audit");

    @Override
    public void record(AuditEntry e) {
        LOG.info("{} {} {}:{} {} -> {} via {} at {}", e.actorId(), e.action(), e.subjectType(), e.subjectId(),
                e.before(), e.after(), e.channel(), e.at());
    }
}
