package com.salesbot.adapters.mysql.quote;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/** Registers the quote mapper with the shared MyBatis configuration. */
@Factory
public class QuoteMapperFactory {
    @Singleton
    QuoteMapper quoteMapper(SqlSessionFactory factory, SqlSessionManager sessions) {
        synchronized (factory.getConfiguration()) {
            if (!factory.getConfiguration().hasMapper(QuoteMapper.class)) {
                factory.getConfiguration().addMapper(QuoteMapper.class);
            }
        }
        return sessions.getMapper(QuoteMapper.class);
    }
}
