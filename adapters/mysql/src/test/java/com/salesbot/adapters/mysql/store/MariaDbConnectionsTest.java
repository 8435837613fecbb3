package com.salesbot.adapters.mysql.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pooled connections start with auto-commit off (so a transaction does not switch it on and off around its work),
 * yet what a transaction writes is committed for every other connection, and what is written outside one is never
 * kept; Connector/J keeps the statements it has parsed.
 */
@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbConnectionsTest {
    @Inject
    DataSource dataSource;
    @Inject
    TransactionOperations<Connection> tx;

    private DataSource pool;

    @BeforeEach
    void table() throws SQLException {
        // the pool itself, not the transaction-bound view of it the application gets
        pool = DelegatingDataSource.unwrapDataSource(dataSource);
        assertThat(pool).isInstanceOf(HikariDataSource.class);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS connection_probe (id INT PRIMARY KEY)");
            s.execute("DELETE FROM connection_probe");
            c.commit();
        }
    }

    @Test
    void transactionsCommitOnConnectionsThatStartWithoutAutoCommit() throws SQLException {
        try (Connection c = pool.getConnection()) {
            assertThat(c.getAutoCommit()).isFalse();
        }
        tx.executeWrite(status -> {
            try (Statement s = status.getConnection().createStatement()) {
                assertThat(status.getConnection().getAutoCommit()).isFalse();
                return s.executeUpdate("INSERT INTO connection_probe VALUES (1)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(idsSeenByAnotherConnection()).isEqualTo(1);
    }

    @Test
    void workLeftUncommittedOnAPooledConnectionIsRolledBackWhenItGoesBack() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO connection_probe VALUES (2)");
        }
        assertThat(idsSeenByAnotherConnection()).isZero();
    }

    @Test
    void connectorJKeepsItsParsedStatements() {
        assertThat(((HikariDataSource) pool).getDataSourceProperties())
                .containsEntry("cachePrepStmts", "true").containsEntry("prepStmtCacheSize", "250");
    }

    private int idsSeenByAnotherConnection() throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COUNT(*) FROM connection_probe")) {
            r.next();
            int n = r.getInt(1);
            c.commit();
            return n;
        }
    }
}
