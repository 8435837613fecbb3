package com.salesbot.adapters.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseInfoTest {
    @Test
    void mysqlLocationDropsUserInfoAndQuery() {
        assertThat(DatabaseInfo.locationOf(
                "jdbc:mysql://bot:s3cret@db.example.com:3306/salesbot?password=s3cret&sslMode=DISABLED"))
                .isEqualTo("db.example.com:3306/salesbot");
    }

    @Test
    void h2LocationDropsOptions() {
        assertThat(DatabaseInfo.locationOf("jdbc:h2:file:./data/salesbot;MODE=MySQL;PASSWORD=s3cret"))
                .isEqualTo("file:./data/salesbot");
    }

    @Test
    void plainUrlsAreKept() {
        assertThat(DatabaseInfo.locationOf("jdbc:mariadb://127.0.0.1:3306/test")).isEqualTo("127.0.0.1:3306/test");
        assertThat(DatabaseInfo.locationOf(null)).isEqualTo("unknown");
    }

    @Test
    void describeJoinsProductVersionAndLocation() {
        assertThat(new DatabaseInfo("MariaDB", "10.11.19", "127.0.0.1:3306/test").describe())
                .isEqualTo("MariaDB 10.11.19 127.0.0.1:3306/test");
    }
}
