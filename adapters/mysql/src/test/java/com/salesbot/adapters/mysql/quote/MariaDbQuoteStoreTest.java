package com.salesbot.adapters.mysql.quote;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

@MicronautTest(environments = "mariadb", transactional = false)
class MariaDbQuoteStoreTest extends AbstractQuoteStoreTest {
}
