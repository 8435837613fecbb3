package com.salesbot.adapters.redis;

import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.contract.KeyValueStoreContract;
import com.salesbot.core.port.contract.Timing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The shared KeyValueStore contract against the real Redis, waiting out short TTLs in real time. */
class RedisKeyValueStoreTest extends KeyValueStoreContract {
    private static LocalRedis redis;
    private static RedisKeyValueStore subject;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
        subject = new RedisKeyValueStore(redis.connection(), redis.keyspace());
    }

    @AfterAll
    static void cleanUp() {
        redis.close();
    }

    @Override
    protected KeyValueStore store() {
        return subject;
    }

    @Override
    protected Timing timing() {
        return LocalRedis.REAL_TIME;
    }
}
