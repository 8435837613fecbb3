package com.salesbot.adapters.mysql;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * Settings of the connection pool that follow from how the bot uses its database, applied before the pool starts.
 * <ul>
 *   <li>Connections start with auto-commit off. Every statement of the bot runs inside a Micronaut transaction
 *   ({@link MyBatisFactory}), and a transaction only switches auto-commit when the connection's setting differs
 *   from the one it needs: with the pool's connections already off, each transaction saves two round trips
 *   ({@code SET autocommit=0} before, {@code SET autocommit=1} after), about half of all statements the message
 *   pipeline sent. A connection returned with uncommitted work is rolled back by the pool, never committed.</li>
 *   <li>On MySQL/MariaDB, Connector/J keeps the parsed form of the statements it prepares (the driver's
 *   {@code cachePrepStmts}, 250 statements of up to 2 KB of SQL), so the same statement is not parsed again for
 *   every call. A value given in the data source's properties or the URL wins.</li>
 * </ul>
 */
@Singleton
public class ConnectionPoolSettings implements BeanCreatedEventListener<DatasourceConfiguration> {
    static final Map<String, String> MYSQL_DRIVER_PROPERTIES = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        configuration.setAutoCommit(false);
        String url = configuration.getUrl();
        if (url != null && (url.startsWith("jdbc:mysql:") || url.startsWith("jdbc:mariadb:"))) {
            MYSQL_DRIVER_PROPERTIES.forEach((name, value) -> {
                if (!configuration.getDataSourceProperties().containsKey(name)) {
                    configuration.addDataSourceProperty(name, value);
                }
            });
        }
        return configuration;
    }
}
