package com.salesbot.adapters.mysql;

import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Tells which backend the stores run on, e.g. for a startup log line or the health page. */
@Singleton
public class DatabaseInfoService {
    private final DataSource dataSource;

    public DatabaseInfoService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Reads the driver's metadata; Connector/J calls MariaDB "MySQL", so the version string decides. */
    @ReadOnly
    public DatabaseInfo current() {
        try {
            // The contextual connection belongs to the @ReadOnly transaction, which closes it.
            Connection connection = dataSource.getConnection();
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName();
            String version = meta.getDatabaseProductVersion();
            int mariaDb = version.indexOf("-MariaDB");
            if (mariaDb >= 0) {
                product = "MariaDB";
                version = version.substring(version.startsWith("5.5.5-") ? "5.5.5-".length() : 0, mariaDb);
            } else if (version.indexOf(' ') > 0) {
                version = version.substring(0, version.indexOf(' '));
            }
            return new DatabaseInfo(product, version, DatabaseInfo.locationOf(meta.getURL()));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read database metadata", e);
        }
    }
}
