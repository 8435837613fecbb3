package com.salesbot.adapters.mysql.targets;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/** Registers the targets mapper with the shared MyBatis configuration. */
@Factory
public class TargetsMapperFactory {
    @Singleton
    TargetsMapper targetsMapper(SqlSessionFactory factory, SqlSessionManager sessions) {
        synchronized (factory.getConfiguration()) {
            if (!factory.getConfiguration().hasMapper(TargetsMapper.class)) {
                factory.getConfiguration().addMapper(TargetsMapper.class);
            }
        }
        return sessions.getMapper(TargetsMapper.class);
    }
}
