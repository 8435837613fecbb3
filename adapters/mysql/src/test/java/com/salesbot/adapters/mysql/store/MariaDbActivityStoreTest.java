package com.salesbot.adapters.mysql.store;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbActivityStoreTest extends MyBatisActivityStoreContract {
}
