package com.salesbot.adapters.redis;

import com.salesbot.core.port.RateLimiter;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Sliding-window log in a sorted set (score = time the permit was taken), checked and updated by one Lua
 * script. Time is the Redis server's clock (TIME, in microseconds), never the caller's, so bot instances with
 * skewed clocks still share one consistent window. Refused attempts are not logged.
 */
public final class RedisRateLimiter implements RateLimiter {
    private static final String NAMESPACE = "rate";
    private static final LuaScript TRY_ACQUIRE = new LuaScript("""
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local limit = tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
            local count = redis.call('ZCARD', KEYS[1])
            if count >= limit then
              local freeing = redis.call('ZRANGE', KEYS[1], count - limit, count - limit, 'WITHSCORES')
              return tonumber(freeing[2]) + window - now
            end
            redis.call('ZADD', KEYS[1], now, ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return 0
            """);

    private final RedisCommands<String, String> redis;
    private final RedisKeyspace keyspace;

    public RedisRateLimiter(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        this.redis = connection.sync();
        this.keyspace = keyspace;
    }

    @Override
    public Duration tryAcquire(String key, int limit, Duration window) {
        Objects.requireNonNull(key, "key");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        long windowMillis = RedisArgs.positiveMillis(window, "window");
        Long waitMicros = TRY_ACQUIRE.run(redis, ScriptOutputType.INTEGER,
                new String[] {keyspace.key(NAMESPACE, key)},
                Integer.toString(limit), Long.toString(windowMillis * 1000), UUID.randomUUID().toString(),
                Long.toString(windowMillis));
        if (waitMicros <= 0) {
            return Duration.ZERO;
        }
        // Round up so a caller that sleeps the returned whole milliseconds is never early.
        return Duration.ofMillis((waitMicros + 999) / 1000);
    }
}
