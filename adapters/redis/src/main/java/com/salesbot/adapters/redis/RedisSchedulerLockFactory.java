package com.salesbot.adapters.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.redis.support.InternalRedisLockProvider;

/**
 * ShedLock's lock provider for scheduled jobs when Redis is configured, so one instance runs each schedule.
 * Keys are {@code <prefix>shedlock:default:<job name>}; unlock and extend check the lock's own value first
 * (safe update), so an instance never frees a lock another instance took after expiry.
 */
@Factory
@Requires(property = "redis.uri")
public class RedisSchedulerLockFactory {
    static final String NAMESPACE = "shedlock";

    @Singleton
    LockProvider schedulerLockProvider(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        return new InternalRedisLockProvider(new LettuceLockTemplate(connection), InternalRedisLockProvider.ENV_DEFAULT,
                keyspace.prefix() + NAMESPACE, true);
    }
}
