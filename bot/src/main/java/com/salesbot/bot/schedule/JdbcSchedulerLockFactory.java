package com.salesbot.bot.schedule;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbc.micronaut.MicronautJdbcLockProvider;

/**
 * ShedLock over the database when Redis is not configured (the Redis provider in adapters/redis takes over when
 * {@code redis.uri} is set): instances sharing one MySQL run each scheduled job once. The {@code shedlock} table
 * comes with the Flyway schema.
 */
@Factory
@Requires(missingProperty = "redis.uri")
public class JdbcSchedulerLockFactory {
    @Singleton
    LockProvider jdbcSchedulerLockProvider(TransactionOperations<Connection> transactions) {
        return new MicronautJdbcLockProvider(transactions, "shedlock");
    }
}
