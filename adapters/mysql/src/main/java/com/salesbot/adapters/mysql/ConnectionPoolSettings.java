package com.salesbot.adapters.mysql;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Pooled connections start with auto-commit off. Every statement of the bot runs inside a Micronaut transaction
 * ({@link MyBatisFactory}), and a transaction only switches auto-commit when the connection's setting differs from
 * the one it needs: with the pool's connections already off, each transaction saves two round trips
 * ({@code SET autocommit=0} before, {@code SET autocommit=1} after), about half of all statements the message
 * pipeline sent. A connection returned with uncommitted work is rolled back by the pool, never committed.
 */
@Singleton
public class TransactionalConnections implements BeanCreatedEventListener<DatasourceConfiguration> {
    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        configuration.setAutoCommit(false);
        return configuration;
    }
}
