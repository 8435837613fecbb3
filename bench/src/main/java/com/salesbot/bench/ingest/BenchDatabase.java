package com.salesbot.bench.ingest;

import io.micronaut.context.ApplicationContext;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A database of its own on the local MariaDB, migrated with the product's Flyway scripts and dropped afterwards.
 * Not the shared {@code test} database: the adapter test suites wipe that schema when they start, which would
 * empty the tables in the middle of a measurement when another engineer runs them.
 */
final class BenchDatabase implements AutoCloseable {
    static final String NAME = "salesbot_bench_ingest";
    private static final String SERVER = "jdbc:mysql://127.0.0.1:3306/";
    private static final String OPTIONS = "?sslMode=DISABLED&characterEncoding=UTF-8&connectionTimeZone=UTC"
            + "&forceConnectionTimeZoneToSession=true&rewriteBatchedStatements=true";

    private final ApplicationContext context;

    private BenchDatabase(ApplicationContext context) {
        this.context = context;
    }

    /** Recreates the database and starts the product's persistence beans on it (Flyway runs at start). */
    static BenchDatabase start() throws SQLException {
        execute("DROP DATABASE IF EXISTS " + NAME, "CREATE DATABASE " + NAME
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        ApplicationContext context = ApplicationContext.builder().properties(Map.of(
                "datasources.default.url", url(),
                "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver",
                "datasources.default.username", "root",
                "datasources.default.password", "",
                "datasources.default.maximum-pool-size", 4,
                "flyway.datasources.default.enabled", true,
                "flyway.datasources.default.locations", "classpath:db/migration")).start();
        return new BenchDatabase(context);
    }

    static String url() {
        return SERVER + NAME + OPTIONS;
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), "root", "");
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws SQLException {
        context.close();
        execute("DROP DATABASE IF EXISTS " + NAME);
    }

    private static void execute(String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + OPTIONS, "root", "");
             Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }
}
