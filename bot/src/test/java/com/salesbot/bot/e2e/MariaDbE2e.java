package com.salesbot.bot.e2e;

import java.util.HashMap;
import java.util.Map;

/**
 * Settings for an end-to-end test on the real MariaDB (database from {@code SALESBOT_TEST_DB}, default
 * {@code test}, wiped and migrated at start-up) and, with {@link #properties(String)}, the real Redis under a key
 * prefix of the test's own.
 */
public final class MariaDbE2e {
    private MariaDbE2e() {
    }

    /** The database settings alone (shared state stays in memory); a mutable map for the test's own additions. */
    public static Map<String, String> database() {
        String db = System.getenv().getOrDefault("SALESBOT_TEST_DB", "test");
        Map<String, String> p = new HashMap<>();
        p.put("datasources.default.url", "jdbc:mysql://127.0.0.1:3306/" + db + "?sslMode=DISABLED"
                + "&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                + "&rewriteBatchedStatements=true");
        p.put("datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        p.put("datasources.default.username", "root");
        p.put("datasources.default.password", "");
        p.put("flyway.datasources.default.clean-schema", "true");
        p.put("flyway.datasources.default.clean-disabled", "false");
        return p;
    }

    /** The database and the real Redis under {@code redisPrefix}. */
    public static Map<String, String> properties(String redisPrefix) {
        Map<String, String> p = database();
        p.put("redis.uri", "redis://127.0.0.1:6379");
        p.put("salesbot.redis.key-prefix", redisPrefix + ":");
        return p;
    }
}
