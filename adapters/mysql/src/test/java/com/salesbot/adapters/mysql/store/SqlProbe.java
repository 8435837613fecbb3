package com.salesbot.adapters.mysql.store;

import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain JDBC on the same contextual DataSource, for test setup and for checks the ports do not expose. */
@Singleton
public class SqlProbe {
    private final DataSource dataSource;

    public SqlProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    public void deleteAll(String... tables) throws SQLException {
        try (Statement statement = dataSource.getConnection().createStatement()) {
            for (String table : tables) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
    }

    @Transactional
    public int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(dataSource.getConnection(), sql, args)) {
            return statement.executeUpdate();
        }
    }

    /** The first column of every row, as strings. */
    @ReadOnly
    public List<String> column(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(dataSource.getConnection(), sql, args);
             ResultSet rows = statement.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
