package com.salesbot.adapters.redis;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesbot.core.port.CounterStore;
import com.salesbot.core.port.KeyValueStore;
import com.salesbot.core.port.LockService;
import com.salesbot.core.port.RateLimiter;
import com.salesbot.core.port.memory.InMemoryCounterStore;
import com.salesbot.core.port.memory.InMemoryKeyValueStore;
import com.salesbot.core.port.memory.InMemoryLockService;
import com.salesbot.core.port.memory.InMemoryRateLimiter;
import io.lettuce.core.api.StatefulRedisConnection;
import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.redis.support.InternalRedisLockProvider;
import org.junit.jupiter.api.Test;

/** The {@code redis.uri} property alone decides which implementations the application gets. */
class SharedStateWiringTest {

    @Test
    void withRedisUriTheRedisImplementationsAreInjected() {
        String prefix = "salesbot-test:" + UUID.randomUUID() + ":";
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "redis.uri", LocalRedis.URI, "salesbot.redis.key-prefix", prefix))) {
            assertThat(context.getBean(KeyValueStore.class)).isInstanceOf(RedisKeyValueStore.class);
            assertThat(context.getBean(CounterStore.class)).isInstanceOf(RedisCounterStore.class);
            assertThat(context.getBean(LockService.class)).isInstanceOf(RedisLockService.class);
            assertThat(context.getBean(RateLimiter.class)).isInstanceOf(RedisRateLimiter.class);
            assertThat(context.getBean(LockProvider.class)).isInstanceOf(InternalRedisLockProvider.class);

            context.getBean(KeyValueStore.class).put("wired", "是", Duration.ofSeconds(30));
            StatefulRedisConnection<String, String> raw = context.getBean(StatefulRedisConnection.class);
            assertThat(raw.sync().get(prefix + "kv:wired")).isEqualTo("是");
            raw.sync().del(prefix + "kv:wired");
        }
    }

    @Test
    void keyPrefixDefaultsToSalesbot() {
        try (ApplicationContext context = ApplicationContext.run(Map.of("redis.uri", LocalRedis.URI))) {
            assertThat(context.getBean(RedisKeyspace.class).prefix()).isEqualTo("salesbot:");
        }
    }

    @Test
    void withoutRedisUriTheInMemoryImplementationsAreInjected() {
        try (ApplicationContext context = ApplicationContext.run()) {
            assertThat(context.getBean(KeyValueStore.class)).isInstanceOf(InMemoryKeyValueStore.class);
            assertThat(context.getBean(CounterStore.class)).isInstanceOf(InMemoryCounterStore.class);
            assertThat(context.getBean(LockService.class)).isInstanceOf(InMemoryLockService.class);
            assertThat(context.getBean(RateLimiter.class)).isInstanceOf(InMemoryRateLimiter.class);
            assertThat(context.containsBean(StatefulRedisConnection.class)).isFalse();
            assertThat(context.containsBean(LockProvider.class)).isFalse();

            KeyValueStore store = context.getBean(KeyValueStore.class);
            assertThat(store.putIfAbsent("embedded", "1", Duration.ofSeconds(30))).isTrue();
            assertThat(store.putIfAbsent("embedded", "2", Duration.ofSeconds(30))).isFalse();
        }
    }
}
