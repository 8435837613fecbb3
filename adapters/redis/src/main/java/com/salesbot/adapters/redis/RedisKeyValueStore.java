package com.salesbot.adapters.redis;

import com.salesbot.core.port.KeyValueStore;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Values as Redis strings with a PX expiry; putIfAbsent is SET NX PX, atomic on the server. */
public final class RedisKeyValueStore implements KeyValueStore {
    private static final String NAMESPACE = "kv";

    private final RedisCommands<String, String> redis;
    private final RedisKeyspace keyspace;

    public RedisKeyValueStore(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        this.redis = connection.sync();
        this.keyspace = keyspace;
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(redis.get(keyspace.key(NAMESPACE, key)));
    }

    @Override
    public void put(String key, String value, Duration ttl) {
        Objects.requireNonNull(value, "value");
        long ttlMillis = RedisArgs.positiveMillis(ttl, "ttl");
        redis.set(keyspace.key(NAMESPACE, key), value, SetArgs.Builder.px(ttlMillis));
    }

    @Override
    public boolean putIfAbsent(String key, String value, Duration ttl) {
        Objects.requireNonNull(value, "value");
        long ttlMillis = RedisArgs.positiveMillis(ttl, "ttl");
        return "OK".equals(redis.set(keyspace.key(NAMESPACE, key), value, SetArgs.Builder.nx().px(ttlMillis)));
    }

    @Override
    public void delete(String key) {
        redis.del(keyspace.key(NAMESPACE, key));
    }
}
