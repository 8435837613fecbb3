package com.salesbot.adapters.redis;

import com.salesbot.core.port.RateLimiter;
import com.salesbot.core.port.contract.RateLimiterContract;
import com.salesbot.core.port.contract.Timing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared RateLimiter contract against the real Redis, waiting out short TTLs in real time. */
class RedisRateLimiterTest extends RateLimiterContract {
    private static LocalRedis redis;
    private static RedisRateLimiter subject;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
        subject = new RedisRateLimiter(redis.connection(), redis.keyspace());
    }

    @AfterAll
    static void cleanUp() {
        redis.close();
    }

    @Override
    protected RateLimiter limiter() {
        return subject;
    }

    @Override
    protected Timing timing() {
        return LocalRedis.REAL_TIME;
    }
}
