package com.salesbot.adapters.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Shared state in Redis, chosen by the {@code redis.uri} property (not by whether a connection bean happens to
 * exist, which depends on factory order). Keys start with {@code salesbot.redis.key-prefix}, default
 * {@value RedisKeyspace#DEFAULT_PREFIX}.
 */
@Factory
@Requires(property = "redis.uri")
public class RedisSharedStateFactory {

    @Singleton
    RedisKeyspace redisKeyspace(
            @Property(name = "salesbot.redis.key-prefix", defaultValue = RedisKeyspace.DEFAULT_PREFIX) String prefix) {
        return new RedisKeyspace(prefix);
    }

    @Singleton
    RedisKeyValueStore keyValueStore(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        return new RedisKeyValueStore(connection, keyspace);
    }

    @Singleton
    RedisCounterStore counterStore(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        return new RedisCounterStore(connection, keyspace);
    }

    @Singleton
    RedisLockService lockService(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        return new RedisLockService(connection, keyspace);
    }

    @Singleton
    RedisRateLimiter rateLimiter(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        return new RedisRateLimiter(connection, keyspace);
    }
}
