package com.salesbot.adapters.redis;

import com.salesbot.core.port.LockService;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * SET NX PX with a random token per acquisition. Release deletes the key only while it still holds that token
 * (compare-and-delete in Lua), so a holder whose lock expired never releases the next owner's lock.
 */
public final class RedisLockService implements LockService {
    private static final String NAMESPACE = "lock";
    private static final LuaScript RELEASE = new LuaScript("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              return redis.call('DEL', KEYS[1])
            end
            return 0
            """);

    private final RedisCommands<String, String> redis;
    private final RedisKeyspace keyspace;

    public RedisLockService(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        this.redis = connection.sync();
        this.keyspace = keyspace;
    }

    @Override
    public Optional<Lock> tryLock(String name, Duration ttl) {
        long ttlMillis = RedisArgs.positiveMillis(ttl, "ttl");
        String key = keyspace.key(NAMESPACE, name);
        String token = UUID.randomUUID().toString();
        boolean acquired = "OK".equals(redis.set(key, token, SetArgs.Builder.nx().px(ttlMillis)));
        return acquired ? Optional.of(new RedisLock(name, key, token)) : Optional.empty();
    }

    private final class RedisLock implements Lock {
        private final String name;
        private final String key;
        private final String token;

        private RedisLock(String name, String key, String token) {
            this.name = name;
            this.key = key;
            this.token = token;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void release() {
            RELEASE.run(redis, ScriptOutputType.INTEGER, new String[] {key}, token);
        }
    }
}
