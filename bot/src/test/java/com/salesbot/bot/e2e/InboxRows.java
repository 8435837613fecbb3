package com.salesbot.bot.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the inbox table with plain JDBC, independent of the store under test. */
final class InboxRows {
    private final String url;

    InboxRows(String url) {
        this.url = url;
    }

    long count(String channel) {
        return query("SELECT COUNT(*) FROM inbox WHERE channel = ?", channel);
    }

    long countWithStatus(String channel, String status) {
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM inbox WHERE channel = ? AND status = ?")) {
            s.setString(1, channel);
            s.setString(2, status);
            return single(s);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long query(String sql, String arg) {
        try (Connection c = DriverManager.getConnection(url, "sa", ""); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, arg);
            return single(s);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static long single(PreparedStatement s) throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
