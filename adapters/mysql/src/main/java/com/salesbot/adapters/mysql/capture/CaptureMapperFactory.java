package com.salesbot.adapters.mysql.capture;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/** Registers the capture mapper with the shared MyBatis configuration. */
@Factory
public class CaptureMapperFactory {
    @Singleton
    CaptureMapper captureMapper(SqlSessionFactory factory, SqlSessionManager sessions) {
        synchronized (factory.getConfiguration()) {
            if (!factory.getConfiguration().hasMapper(CaptureMapper.class)) {
                factory.getConfiguration().addMapper(CaptureMapper.class);
            }
        }
        return sessions.getMapper(CaptureMapper.class);
    }
}
