package com.salesbot.adapters.redis;

import com.salesbot.core.port.RateLimiter;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Sliding-window log in a sorted set per key (score = time the permit was taken), checked and updated by one Lua
 * script for all the limits of a call: every limit is checked first, and a permit is logged under each of them
 * only when none refuses. Time is the Redis server's clock (TIME, in microseconds), never the caller's, so bot
 * instances with skewed clocks still share one consistent window. Refused attempts are not logged. On Redis Cluster
 * the keys of one call must share a hash slot (a hash tag such as {@code {member}} in each key).
 */
public final class RedisRateLimiter implements RateLimiter {
    private static final String NAMESPACE = "rate";
    /** KEYS: one per limit; ARGV: limit and window (microseconds) per key, then the member to log. */
    private static final LuaScript TRY_ACQUIRE_ALL = new LuaScript("""
            local t = redis.call('TIME')
            local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
            local wait = 0
            for i, key in ipairs(KEYS) do
              local limit = tonumber(ARGV[2 * i - 1])
              local window = tonumber(ARGV[2 * i])
              redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
              local count = redis.call('ZCARD', key)
              if count >= limit then
                local freeing = redis.call('ZRANGE', key, count - limit, count - limit, 'WITHSCORES')
                wait = math.max(wait, tonumber(freeing[2]) + window - now)
              end
            end
            if wait > 0 then
              return wait
            end
            local member = ARGV[2 * #KEYS + 1]
            for i, key in ipairs(KEYS) do
              redis.call('ZADD', key, now, member)
              redis.call('PEXPIRE', key, math.ceil(tonumber(ARGV[2 * i]) / 1000))
            end
            return 0
            """);

    private final RedisCommands<String, String> redis;
    private final RedisKeyspace keyspace;

    public RedisRateLimiter(StatefulRedisConnection<String, String> connection, RedisKeyspace keyspace) {
        this.redis = connection.sync();
        this.keyspace = keyspace;
    }

    @Override
    public Duration tryAcquireAll(List<Limit> limits) {
        if (limits.isEmpty()) {
            return Duration.ZERO;
        }
        String[] keys = new String[limits.size()];
        String[] args = new String[2 * limits.size() + 1];
        for (int i = 0; i < limits.size(); i++) {
            Limit limit = limits.get(i);
            keys[i] = keyspace.key(NAMESPACE, limit.key());
            args[2 * i] = Integer.toString(limit.limit());
            args[2 * i + 1] = Long.toString(RedisArgs.positiveMillis(limit.window(), "window") * 1000);
        }
        args[args.length - 1] = UUID.randomUUID().toString();
        Long waitMicros = TRY_ACQUIRE_ALL.run(redis, ScriptOutputType.INTEGER, keys, args);
        if (waitMicros <= 0) {
            return Duration.ZERO;
        }
        // Round up so a caller that sleeps the returned whole milliseconds is never early.
        return Duration.ofMillis((waitMicros + 999) / 1000);
    }
}
