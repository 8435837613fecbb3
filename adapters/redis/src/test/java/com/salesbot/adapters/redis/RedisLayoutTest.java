package com.salesbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ScriptOutputType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the adapters leave in Redis: prefixed, namespaced keys that always carry an expiry. */
class RedisLayoutTest {
    private static LocalRedis redis;

    @BeforeAll
    static void connect() {
        redis = new LocalRedis();
    }

    @AfterAll
    static void cleanUp() {
        redis.close();
    }

    private String raw(String namespace, String key) {
        return redis.keyspace().prefix() + namespace + ":" + key;
    }

    @Test
    void valuesLiveUnderThePrefixWithTheirTtl() {
        new RedisKeyValueStore(redis.connection(), redis.keyspace()).put("dialog:42", "等待金额", Duration.ofSeconds(60));

        assertThat(redis.commands().get(raw("kv", "dialog:42"))).isEqualTo("等待金额");
        assertThat(redis.commands().pttl(raw("kv", "dialog:42"))).isBetween(59_000L, 60_000L);
    }

    @Test
    void counterGetsItsTtlOnCreationOnly() {
        RedisCounterStore counters = new RedisCounterStore(redis.connection(), redis.keyspace());
        counters.increment("sent:u1", 1, Duration.ofSeconds(60));
        counters.increment("sent:u1", 1, Duration.ofSeconds(600));

        assertThat(redis.commands().get(raw("counter", "sent:u1"))).isEqualTo("2");
        assertThat(redis.commands().pttl(raw("counter", "sent:u1"))).isBetween(59_000L, 60_000L);
    }

    @Test
    void lockKeyHoldsARandomTokenAndExpires() {
        RedisLockService locks = new RedisLockService(redis.connection(), redis.keyspace());
        locks.tryLock("token-refresh", Duration.ofSeconds(60)).orElseThrow();

        assertThat(redis.commands().get(raw("lock", "token-refresh"))).hasSize(36);
        assertThat(redis.commands().pttl(raw("lock", "token-refresh"))).isBetween(59_000L, 60_000L);
    }

    @Test
    void rateLimiterKeepsOneEntryPerGrantedPermitAndExpiresWithTheWindow() {
        RedisRateLimiter limiter = new RedisRateLimiter(redis.connection(), redis.keyspace());
        for (int i = 0; i < 4; i++) {
            limiter.tryAcquire("member:u1", 3, Duration.ofSeconds(60));
        }

        assertThat(redis.commands().zcard(raw("rate", "member:u1"))).isEqualTo(3);
        assertThat(redis.commands().pttl(raw("rate", "member:u1"))).isBetween(59_000L, 60_000L);
    }

    @Test
    void scriptUnknownToTheServerIsSentInFullOnceThenRunBySha() {
        // A unique comment gives a script the server has certainly never cached.
        LuaScript script = new LuaScript("-- " + UUID.randomUUID() + "\nreturn tonumber(ARGV[1]) + 1");
        assertThat(redis.commands().scriptExists(script.sha1())).containsExactly(false);

        Long first = script.run(redis.commands(), ScriptOutputType.INTEGER, new String[0], "41");

        assertThat(first).isEqualTo(42L);
        assertThat(redis.commands().scriptExists(script.sha1())).containsExactly(true);
        Long second = script.run(redis.commands(), ScriptOutputType.INTEGER, new String[0], "1");
        assertThat(second).isEqualTo(2L);
    }

    @Test
    void cleanUpRemovesOnlyKeysUnderTheTestPrefix() {
        String outside = "salesbot-test-outside:" + UUID.randomUUID();
        redis.commands().set(outside, "keep");
        new RedisKeyValueStore(redis.connection(), redis.keyspace()).put("x", "y", Duration.ofSeconds(60));
        try {
            assertThat(redis.deleteKeysUnderPrefix(redis.keyspace().prefix())).isPositive();
            assertThat(redis.commands().exists(raw("kv", "x"))).isZero();
            assertThat(redis.commands().get(outside)).isEqualTo("keep");
        } finally {
            redis.commands().del(outside);
        }
    }
}
