package com.salesbot.adapters.redis;

import com.salesbot.core.port.CounterStore;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;

/** INCRBY, with PEXPIRE only when the increment created the key; both in one Lua script, so atomic. */
public final class RedisCounterStore implements CounterStore {
    private static final String NAMESPACE = "counter";
    private static final LuaScript INCREMENT = new LuaScript("""
            local existed = redis.call('EXISTS', KEYS[1])
            local value = redis.call('INCRBY', KEYS[1], ARGV[1])
            if existed == 0 then
              redis.call('PEXPIRE', KEYS[1], ARGV[2])
            end
            return value
            """);

    private final RedisCommands<String, String> redis;
    private final RedisKeyspace keyspace;

    public RedisCounterStore(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        this.redis = connection.sync();
        this.keyspace = keyspace;
    }

    @Override
    public long increment(String key, long delta, Duration ttl) {
        long ttlMillis = RedisArgs.positiveMillis(ttl, "ttl");
        Long value = INCREMENT.run(redis, ScriptOutputType.INTEGER, new String[] {keyspace.key(NAMESPACE, key)},
                Long.toString(delta), Long.toString(ttlMillis));
        return value;
    }

    @Override
    public long get(String key) {
        String value = redis.get(keyspace.key(NAMESPACE, key));
        return value == null ? 0 : Long.parseLong(value);
    }

    @Override
    public void reset(String key) {
        redis.del(keyspace.key(NAMESPACE, key));
    }
}
