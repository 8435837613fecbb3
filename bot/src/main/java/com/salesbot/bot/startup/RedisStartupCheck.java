package com.salesbot.bot.startup;

import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;

/** With redis.uri set, Redis must answer at start-up rather than at the first chat message. */
@Context
@Requires(property = "redis.uri")
public class RedisStartupCheck {
    public RedisStartupCheck(StatefulRedisConnection<String, String> connection) {
        String pong = connection.sync().ping();
        if (!"PONG".equals(pong)) {
            throw new InvalidSettingException("redis.uri", "Redis answered " + pong + " to PING");
        }
    }
}
