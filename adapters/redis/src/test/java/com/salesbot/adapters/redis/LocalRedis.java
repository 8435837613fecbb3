package com.salesbot.adapters.redis;

import com.salesbot.core.port.contract.Timing;
import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.UUID;

/**
 * The real Redis at 127.0.0.1:6379 with a key prefix unique to one test class, so runs sharing the server
 * never see each other's keys; {@link #close()} deletes every key under that prefix.
 */
final class LocalRedis implements AutoCloseable {
    static final String URI = "redis://127.0.0.1:6379";

    /** Contract suites against Redis wait in real time: TTLs short enough to sleep out, tolerance for jitter. */
    static final Timing REAL_TIME = new Timing(LocalRedis::sleep, Duration.ofMillis(500), Duration.ofMillis(200));

    private final RedisClient client;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisKeyspace keyspace;

    LocalRedis() {
        client = RedisClient.create(URI);
        connection = client.connect();
        keyspace = new RedisKeyspace("salesbot-test:" + UUID.randomUUID() + ":");
    }

    StatefulRedisConnection<String, String> connection() {
        return connection;
    }

    RedisKeyspace keyspace() {
        return keyspace;
    }

    RedisCommands<String, String> commands() {
        return connection.sync();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    long deleteKeysUnderPrefix(String prefix) {
        RedisCommands<String, String> redis = connection.sync();
        ScanArgs match = ScanArgs.Builder.matches(prefix + "*").limit(500);
        long deleted = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        do {
            KeyScanCursor<String> page = redis.scan(cursor, match);
            if (!page.getKeys().isEmpty()) {
                deleted += redis.del(page.getKeys().toArray(String[]::new));
            }
            cursor = page;
        } while (!cursor.isFinished());
        return deleted;
    }

    @Override
    public void close() {
        try {
            deleteKeysUnderPrefix(keyspace.prefix());
        } finally {
            connection.close();
            client.shutdown();
        }
    }
}
