package com.salesbot.adapters.redis;

import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.contract.CounterStoreContract;
import com.salesbot.core.port.contract.Timing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared CounterStore contract against the real Redis, waiting out short TTLs in real time. */
class RedisCounterStoreTest extends CounterStoreContract {
    private static LocalRedis redis;
    private static RedisCounterStore subject;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
        subject = new RedisCounterStore(redis.connection(), redis.keyspace());
    }

    @AfterAll
    static void cleanUp() {
        redis.close();
    }

    @Override
    protected CounterStore counters() {
        return subject;
    }

    @Override
    protected Timing timing() {
        return LocalRedis.REAL_TIME;
    }
}
