package com.salesbot.bot.e2e;

import java.util.Map;

/**
 * Settings for an end-to-end test on the real MariaDB (database from {@code SALESBOT_TEST_DB}, default
 * {@code test}, wiped and migrated at start-up) and the real Redis under a key prefix of the test's own.
 */
final class MariaDbE2e {
    private MariaDbE2e() {
    }

    static Map<String, String> properties(String redisPrefix) {
        String db = System.getenv().getOrDefault("SALESBOT_TEST_DB", "test");
        return Map.of(
                "datasources.default.url", "jdbc:mysql://127.0.0.1:3306/" + db + "?sslMode=DISABLED"
                        + "&characterEncoding=UTF-8&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
                        + "&rewriteBatchedStatements=true",
                "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver",
                "datasources.default.username", "root",
                "datasources.default.password", "",
                "flyway.datasources.default.clean-schema", "true",
                "flyway.datasources.default.clean-disabled", "false",
                "redis.uri", "redis://127.0.0.1:6379",
                "salesbot.redis.key-prefix", redisPrefix + ":");
    }
}
