package com.salesbot.adapters.mysql.deal;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbDealStoreTest extends AbstractDealStoreContractTest {
}
