package com.salesbot.adapters.mysql.notes;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionManager;

/** Registers the application-note mapper with the shared MyBatis configuration. */
@Factory
public class NotesMapperFactory {
    @Singleton
    ApplicationNoteMapper applicationNoteMapper(SqlSessionFactory factory, SqlSessionManager sessions) {
        synchronized (factory.getConfiguration()) {
            if (!factory.getConfiguration().hasMapper(ApplicationNoteMapper.class)) {
                factory.getConfiguration().addMapper(ApplicationNoteMapper.class);
            }
        }
        return sessions.getMapper(ApplicationNoteMapper.class);
    }
}
