package com.salesbot.adapters.redis;

import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import net.javacrumbs.shedlock.provider.redis.support.InternalRedisLockTemplate;

/**
 * The four Redis operations ShedLock's Redis lock provider needs, over Lettuce (ShedLock publishes no Lettuce
 * provider in the version we can use). Scripts return integers, which the provider compares with {@code 1L}.
 */
final class LettuceLockTemplate implements InternalRedisLockTemplate {
    private final RedisCommands<String, String> redis;

    LettuceLockTemplate(StatefulRedisConnection<String, String> connection) {
        this.redis = connection.sync();
    }

    @Override
    public boolean setIfAbsent(String key, String value, long expirationMillis) {
        return "OK".equals(redis.set(key, value, SetArgs.Builder.nx().px(expirationMillis)));
    }

    @Override
    public boolean setIfPresent(String key, String value, long expirationMillis) {
        return "OK".equals(redis.set(key, value, SetArgs.Builder.xx().px(expirationMillis)));
    }

    @Override
    public Object eval(String script, String key, String... values) {
        return redis.eval(script, ScriptOutputType.INTEGER, new String[] {key}, values);
    }

    @Override
    public void delete(String key) {
        redis.del(key);
    }
}
