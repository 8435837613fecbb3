package com.salesbot.adapters.mysql.store;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbDatabaseTest extends AbstractDatabaseContractTest {
    @Override
    String expectedProduct() {
        return "MariaDB";
    }

    @Override
    String expectedLocation() {
        return "127.0.0.1:3306/test";
    }
}
