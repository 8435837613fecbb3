package com.salesbot.adapters.redis;

import com.salesbot.core.port.LockService;
import com.salesbot.core.port.contract.LockServiceContract;
import com.salesbot.core.port.contract.Timing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared LockService contract against the real Redis, waiting out short TTLs in real time. */
class RedisLockServiceTest extends LockServiceContract {
    private static LocalRedis redis;
    private static RedisLockService subject;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
        subject = new RedisLockService(redis.connection(), redis.keyspace());
    }

    @AfterAll
    static void cleanUp() {
        redis.close();
    }

    @Override
    protected LockService locks() {
        return subject;
    }

    @Override
    protected Timing timing() {
        return LocalRedis.REAL_TIME;
    }
}
