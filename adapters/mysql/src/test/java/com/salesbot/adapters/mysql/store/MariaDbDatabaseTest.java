package com.salesbot.adapters.mysql.store;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbDatabaseTest extends AbstractDatabaseContractTest {
    @Override
    String expectedProduct() {
        return "MariaDB";
    }

    /** SALESBOT_TEST_DB lets parallel checkouts each use their own database; CI uses {@code test}. */
    static String testDatabase() {
        String name = System.getenv("SALESBOT_TEST_DB");
        return name == null || name.isBlank() ? "test" : name;
    }

    @Override
    String expectedLocation() {
        return "127.0.0.1:3306/" + testDatabase();
    }
}
