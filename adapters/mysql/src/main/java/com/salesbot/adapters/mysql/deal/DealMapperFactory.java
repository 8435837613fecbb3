package com.salesbot.adapters.mysql.deal;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/** Registers the deal mapper with the shared MyBatis configuration. */
@Factory
public class DealMapperFactory {
    @Singleton
    DealMapper dealMapper(SqlSessionFactory factory, SqlSessionManager sessions) {
        synchronized (factory.getConfiguration()) {
            if (!factory.getConfiguration().hasMapper(DealMapper.class)) {
                factory.getConfiguration().addMapper(DealMapper.class);
            }
        }
        return sessions.getMapper(DealMapper.class);
    }
}
