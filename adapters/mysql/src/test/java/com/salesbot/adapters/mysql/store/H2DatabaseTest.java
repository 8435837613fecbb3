package com.salesbot.adapters.mysql.store;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "h2", transactional = false)
class H2DatabaseTest extends AbstractDatabaseContractTest {
    @Override
    String expectedProduct() {
        return "H2";
    }

    @Override
    String expectedLocation() {
        return "mem:salesbot";
    }
}
