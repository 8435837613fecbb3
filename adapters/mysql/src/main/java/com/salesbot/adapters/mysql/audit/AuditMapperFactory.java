package com.salesbot.adapters.mysql.audit;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/** Registers the audit mapper with the shared MyBatis configuration. */
@Factory
public class AuditMapperFactory {
    @Singleton
    AuditMapper auditMapper(SqlSessionFactory factory, SqlSessionManager sessions) {
        synchronized (factory.getConfiguration()) {
            if (!factory.getConfiguration().hasMapper(AuditMapper.class)) {
                factory.getConfiguration().addMapper(AuditMapper.class);
            }
        }
        return sessions.getMapper(AuditMapper.class);
    }
}
